#pragma once
// Landslide results feed layer: include this one header.
//
// [SECTION] Data model ......... Election.h      raw counts as the feed states them
// [SECTION] Errors ............. FeedError.h     file + JSON Pointer + reason, Error or Warning
// [SECTION] Derived figures .... Derived.h       shares, change, majority, turnout, swing, caption, totals
// [SECTION] Snapshot ........... Snapshot.h      immutable ResultsSnapshot, SnapshotPtr, party display helpers
// [SECTION] Parsing ............ ParseFeed.h     parseFeed(bytes, file) -> snapshot or every error
// [SECTION] Output ............. DeriveJson.h    deriveJson(snapshot, contest) for `feed derive`
//                                FeedWriter.h    writeFeed(election) stable feed JSON
// [SECTION] Sources ............ FeedSource.h    interface; FileFeedSource.h, HttpFeedSource.h, PushFeedSource.h
// [SECTION] Import ............. CommonsLibrary.h House of Commons Library CSVs -> Election
//
// The feed format is documented in feeds/SCHEMA.md.

#include "feeds/DeriveJson.h"
#include "feeds/Derived.h"
#include "feeds/Election.h"
#include "feeds/FeedError.h"
#include "feeds/FeedSource.h"
#include "feeds/FeedWriter.h"
#include "feeds/FileFeedSource.h"
#include "feeds/HttpFeedSource.h"
#include "feeds/ParseFeed.h"
#include "feeds/PushFeedSource.h"
#include "feeds/Snapshot.h"
