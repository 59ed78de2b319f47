#pragma once
// FeedError: one problem found in a feed, named by file, JSON Pointer and reason — the
// project's Problem under the name the feed code has always used.

#include "feeds/base/Problem.h"

namespace landslide {

using FeedError = Problem;
using FeedErrors = Problems;

} // namespace landslide
