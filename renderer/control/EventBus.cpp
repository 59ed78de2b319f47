#include "EventBus.h"

#include <algorithm>

namespace landslide {

std::string ServerEvent::text() const {
  return "id: " + std::to_string(id) + "\nevent: " + name + "\ndata: " + data + "\n\n";
}

std::vector<ServerEvent> EventBus::Subscription::wait(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, timeout, [&] { return closed_ || !queue_.empty(); });
  std::vector<ServerEvent> out(std::make_move_iterator(queue_.begin()), std::make_move_iterator(queue_.end()));
  queue_.clear();
  queuedBytes_ = 0;
  return out;
}

bool EventBus::Subscription::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

std::shared_ptr<EventBus::Subscription> EventBus::subscribe() {
  std::lock_guard lock(mutex_);
  if (subscribers_.size() >= maxSubscribers_) return nullptr;
  subscribers_.push_back(std::make_shared<Subscription>());
  return subscribers_.back();
}

void EventBus::unsubscribe(const std::shared_ptr<Subscription>& s) {
  std::lock_guard lock(mutex_);
  std::erase(subscribers_, s);
}

void EventBus::push(Subscription& s, ServerEvent event) {
  {
    std::lock_guard lock(s.mutex_);
    if (s.closed_) return;
    const std::size_t bytes = event.name.size() + event.data.size();
    // One event always fits (a greeting larger than the bound still goes out).
    const bool full = !s.queue_.empty() && s.queuedBytes_ + bytes > maxQueuedBytes_;
    if (s.queue_.size() >= maxQueued_ || full) {
      s.closed_ = true; // too slow: end its stream; it reconnects and gets a fresh hello
      s.queue_.clear();
      s.queuedBytes_ = 0;
    } else {
      s.queuedBytes_ += bytes;
      s.queue_.push_back(std::move(event));
    }
  }
  s.wake_.notify_all();
}

void EventBus::publish(const std::string& name, const nlohmann::json& data) {
  std::lock_guard lock(mutex_);
  ServerEvent event{nextId_++, name, data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
  for (const auto& s : subscribers_) push(*s, event);
}

void EventBus::sendTo(const std::shared_ptr<Subscription>& s, const std::string& name, const nlohmann::json& data) {
  std::lock_guard lock(mutex_);
  push(*s, {nextId_++, name, data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
}

void EventBus::closeAll() {
  std::lock_guard lock(mutex_);
  for (const auto& s : subscribers_) {
    {
      std::lock_guard l(s->mutex_);
      s->closed_ = true;
    }
    s->wake_.notify_all();
  }
}

std::size_t EventBus::subscribers() const {
  std::lock_guard lock(mutex_);
  return subscribers_.size();
}

} // namespace landslide
