#include "AmcpServer.h"
#include "AmcpReply.h"
#include "AmcpText.h"

#include <asio.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

namespace landslide {

using asio::ip::tcp;

namespace {

class Session : public std::enable_shared_from_this<Session> {
public:
  Session(tcp::socket socket, AmcpHandler& handler, const AmcpServerOptions& options,
          std::function<void(Session*)> onClosed)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), idleTimer_(socket_.get_executor()),
        handler_(handler), options_(options), splitter_(options.maxLine), onClosed_(std::move(onClosed)) {}

  void start() {
    read();
    armIdle();
  }
  void close() {
    if (closed_) return;
    closed_ = true;
    asio::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
    timer_.cancel();
    idleTimer_.cancel();
    onClosed_(this);
  }
  // Nothing running, queued or unsent: closing it loses nothing the client asked for.
  bool idle() const { return !busy_ && lines_.empty() && out_.empty() && !writing_; }
  std::chrono::steady_clock::time_point lastActive() const { return lastActive_; }

private:
  struct Line {
    std::string text;
    bool overlong = false;
  };

  void read() {
    if (closed_ || eof_ || reading_ || paused()) return;
    reading_ = true;
    socket_.async_read_some(asio::buffer(buffer_), [self = shared_from_this()](asio::error_code ec, std::size_t n) {
      self->reading_ = false;
      if (ec) return self->finishAfterReplies(); // EOF or reset: nothing more will come
      self->onData(std::string_view(self->buffer_.data(), n));
      self->read();
    });
  }

  bool paused() const { return queuedBytes_ > options_.maxQueuedBytes || outBytes_ > options_.pauseOutputBytes; }

  // Restarted by every read: a client that sends nothing for the idle timeout, and is
  // owed nothing, is closed.
  void armIdle(bool active = true) {
    if (active) lastActive_ = std::chrono::steady_clock::now();
    if (options_.idleTimeoutSeconds <= 0 || closed_) return;
    idleTimer_.expires_after(std::chrono::seconds(options_.idleTimeoutSeconds));
    idleTimer_.async_wait([self = shared_from_this()](asio::error_code ec) {
      if (ec || self->closed_) return;
      if (self->idle())
        self->close();
      else
        self->armIdle(false); // a command running or replies unsent: the write deadline covers those
    });
  }

  void onData(std::string_view bytes) {
    armIdle();
    if (closeAfterWrite_) return; // after BYE nothing more is read
    for (LineSplitter::Line& l : splitter_.feed(bytes)) {
      if (!l.overlong && AmcpHandler::isPing(l.text)) {
        handler_.handle(l.text, [this](AmcpOutcome o) { send(std::move(o.reply)); }); // always synchronous
        continue;
      }
      queuedBytes_ += l.text.size();
      lines_.push_back({std::move(l.text), l.overlong});
    }
    pump();
  }

  void pump() {
    // Replies piling up unsent hold back the next command too (the write resumes it).
    while (!busy_ && !lines_.empty() && !closed_ && !closeAfterWrite_ && outBytes_ <= options_.pauseOutputBytes) {
      Line line = std::move(lines_.front());
      lines_.pop_front();
      queuedBytes_ -= line.text.size();
      if (line.overlong) { // CasparCG would echo it; a bounded server refuses it unread
        send(amcp::commandError("line longer than " + std::to_string(options_.maxLine) + " bytes"));
        continue;
      }
      busy_ = true;
      auto executor = socket_.get_executor();
      handler_.handle(line.text, [self = shared_from_this(), executor](AmcpOutcome o) {
        asio::post(executor, [self, o = std::move(o)]() mutable { self->onReply(std::move(o)); });
      });
    }
    maybeFinish();
  }

  // After EOF or BYE: close once everything owed has been answered and sent.
  void maybeFinish() {
    if ((eof_ || closeAfterWrite_) && !busy_ && lines_.empty() && out_.empty() && !writing_) close();
  }

  void onReply(AmcpOutcome outcome) {
    busy_ = false;
    if (closed_) return;
    send(std::move(outcome.reply));
    if (outcome.close) {
      closeAfterWrite_ = true;
      lines_.clear();
      queuedBytes_ = 0;
    }
    pump();
    read();
  }

  // The client will send nothing more: answer what it sent, then close.
  void finishAfterReplies() {
    eof_ = true;
    maybeFinish();
  }

  void send(std::string bytes) {
    if (closed_ || bytes.empty()) return;
    outBytes_ += bytes.size();
    out_.push_back(std::move(bytes));
    if (outBytes_ > options_.maxOutputBytes) return close(); // it does not read its replies
    write();
  }

  void write() {
    if (writing_ || out_.empty() || closed_) return;
    writing_ = true;
    std::vector<asio::const_buffer> buffers;
    for (std::size_t i = 0; i < out_.size() && i < 64; ++i) buffers.push_back(asio::buffer(out_[i]));
    const std::size_t count = buffers.size();
    timer_.expires_after(std::chrono::seconds(options_.writeTimeoutSeconds));
    timer_.async_wait([self = shared_from_this()](asio::error_code ec) {
      if (!ec && self->writing_) self->close();
    });
    asio::async_write(socket_, buffers, [self = shared_from_this(), count](asio::error_code ec, std::size_t) {
      self->writing_ = false;
      self->timer_.cancel();
      if (ec) return self->close();
      for (std::size_t i = 0; i < count; ++i) {
        self->outBytes_ -= self->out_.front().size();
        self->out_.pop_front();
      }
      self->write();
      self->pump();
      self->read();
    });
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  asio::steady_timer idleTimer_;
  std::chrono::steady_clock::time_point lastActive_ = std::chrono::steady_clock::now();
  AmcpHandler& handler_;
  const AmcpServerOptions& options_;
  LineSplitter splitter_;
  std::function<void(Session*)> onClosed_;
  std::array<char, 8192> buffer_{};
  std::deque<Line> lines_;
  std::size_t queuedBytes_ = 0;
  std::deque<std::string> out_;
  std::size_t outBytes_ = 0;
  bool reading_ = false, writing_ = false, busy_ = false, eof_ = false;
  bool closed_ = false, closeAfterWrite_ = false;
};

} // namespace

struct AmcpServer::Impl {
  AmcpHandler& handler;
  AmcpServerOptions options;
  asio::io_context io{1};
  tcp::acceptor acceptor{io};
  std::set<std::shared_ptr<Session>> sessions; // io thread only
  std::atomic<std::size_t> count{0};
  std::atomic<int> port{0};
  std::jthread thread; // the io thread; stop() ends io.run() through a posted stop

  Impl(AmcpHandler& h, AmcpServerOptions o) : handler(h), options(std::move(o)) {}

  // Makes room for a new client: idle connections (256 of them locked everyone out)
  // give way, the one idle longest first.
  void closeLongestIdle() {
    std::shared_ptr<Session> oldest;
    for (const auto& s : sessions)
      if (s->idle() && (!oldest || s->lastActive() < oldest->lastActive())) oldest = s;
    if (oldest) oldest->close();
  }

  void accept() {
    acceptor.async_accept([this](asio::error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted) return;
      if (!ec) {
        if (sessions.size() >= options.maxClients) closeLongestIdle();
        if (sessions.size() >= options.maxClients) {
          asio::error_code ignored;
          socket.close(ignored); // full of busy clients: refuse rather than degrade everyone
        } else {
          asio::error_code ignored;
          socket.set_option(tcp::no_delay(true), ignored);
          auto session = std::make_shared<Session>(std::move(socket), handler, options, [this](Session* s) {
            for (auto it = sessions.begin(); it != sessions.end(); ++it)
              if (it->get() == s) {
                sessions.erase(it);
                break;
              }
            count = sessions.size();
          });
          sessions.insert(session);
          count = sessions.size();
          session->start();
        }
      }
      accept();
    });
  }
};

AmcpServer::AmcpServer(AmcpHandler& handler, AmcpServerOptions options)
    : impl_(std::make_unique<Impl>(handler, std::move(options))) {}

AmcpServer::~AmcpServer() { stop(); }

Expected<void> AmcpServer::start() {
  asio::error_code ec;
  asio::ip::address address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return Problem::error("", "", "--amcp: '" + impl_->options.host + "' is not an IP address", "amcp-listen");
  tcp::endpoint endpoint(address, static_cast<unsigned short>(impl_->options.port));
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return Problem::error("", "",
                          "AMCP: cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                              ": " + ec.message(),
                          "amcp-listen");
  impl_->port = acceptor.local_endpoint().port();
  impl_->accept();
  impl_->thread = std::jthread([this] {
    for (;;) {
      try {
        impl_->io.run();
        return;
      } catch (const std::exception& e) { // a bug in a handler must not end the server
        std::fprintf(stderr, "landslide: AMCP: %s\n", e.what());
      }
    }
  });
  return {};
}

void AmcpServer::stop() {
  if (!impl_->thread.joinable()) return;
  asio::post(impl_->io, [this] {
    asio::error_code ignored;
    impl_->acceptor.close(ignored);
    auto sessions = impl_->sessions;
    for (const auto& s : sessions) s->close();
    impl_->io.stop(); // replies still on their way are dropped
  });
  impl_->thread.join();
}

int AmcpServer::port() const { return impl_->port; }
std::size_t AmcpServer::clients() const { return impl_->count; }

} // namespace landslide
