#pragma once
// Sends each revision to a running serve or console: POST URL (default path /api/feed),
// with "Authorization: Bearer TOKEN" when a token is given.
//
// Delivery: every revision, in order. A revision is retried with back-off (0.25 s,
// doubling to 8 s) until the server takes it, and the next is not sent before; so a
// server that is down for a while receives the revisions it missed one after another,
// in order, when it is back (no state is skipped; the replay then catches up with its
// clock). A refused token (401/403) or a refused document (422) is not retried: they
// would fail the same way again. The first revision gets only a short retry window, so
// a wrong URL is reported at once; later ones are retried for up to giveUpSeconds.

#include "feeds/rehearsal/Replay.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace landslide::rehearsal {

struct PushOptions {
  std::string url;   // http://HOST:PORT[/path]
  std::string token; // bearer token ("" = none)
  double firstWindowSeconds = 2;
  double giveUpSeconds = 600;
  double timeoutSeconds = 10; // per request
  const std::atomic<bool>* stop = nullptr;
  std::function<void(const std::string&)> note; // one line per retry (e.g. to stderr)
};

class PushSink final : public RevisionSink {
public:
  explicit PushSink(PushOptions options);
  ~PushSink() override;
  Expected<void> valid() const; // the URL parses
  Expected<void> deliver(const Revision& revision) override;
  std::size_t retries() const { return retries_; }
  std::size_t delivered() const { return delivered_; }

private:
  struct Client;
  PushOptions options_;
  std::string base_, path_, urlError_;
  std::unique_ptr<Client> client_;
  std::size_t retries_ = 0, delivered_ = 0;
};

} // namespace landslide::rehearsal
