#pragma once
// Server-sent events for button panels and monitors: publish() from any thread, each
// subscriber drains its own queue, bounded in events and in bytes. A subscriber that
// falls too far behind is cut off (its stream ends) rather than holding memory for it;
// publish() never waits for a subscriber.
#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace landslide {

struct ServerEvent {
  uint64_t id = 0;
  std::string name;         // tally, feed, error, hello
  std::string data;         // one line of JSON
  std::string text() const; // "id: …\nevent: …\ndata: …\n\n"
};

class EventBus {
public:
  class Subscription {
  public:
    // Waits up to timeout for events; empty when none came. closed() ends the stream.
    std::vector<ServerEvent> wait(std::chrono::milliseconds timeout);
    bool closed() const;

  private:
    friend class EventBus;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<ServerEvent> queue_;
    std::size_t queuedBytes_ = 0;
    bool closed_ = false;
  };

  explicit EventBus(std::size_t maxQueued = 256, std::size_t maxSubscribers = 32, std::size_t maxQueuedBytes = 1u << 20)
      : maxQueued_(maxQueued), maxSubscribers_(maxSubscribers), maxQueuedBytes_(maxQueuedBytes) {}
  // Null when there are already maxSubscribers.
  std::shared_ptr<Subscription> subscribe();
  void unsubscribe(const std::shared_ptr<Subscription>& s);
  void publish(const std::string& name, const nlohmann::json& data);
  // Sends one event to one subscriber only (the greeting).
  void sendTo(const std::shared_ptr<Subscription>& s, const std::string& name, const nlohmann::json& data);
  void closeAll();
  std::size_t subscribers() const;

private:
  void push(Subscription& s, ServerEvent event);
  std::size_t maxQueued_, maxSubscribers_, maxQueuedBytes_;
  mutable std::mutex mutex_;
  std::vector<std::shared_ptr<Subscription>> subscribers_;
  uint64_t nextId_ = 1;
};

} // namespace landslide
