// libcurl's multi socket interface on the libuv loop (see curl_multi.h).
#include "curl_multi.h"

#include <mutex>

#include "util.h"

namespace kiln::curl {

namespace {

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

thread_local Multi* current_multi = nullptr;
thread_local uv_loop_t* current_loop = nullptr;

}  // namespace

Transfer::Transfer() {
  GlobalInit();
  easy_ = curl_easy_init();
  CHECK(easy_ != nullptr);
}

Transfer::~Transfer() { curl_easy_cleanup(easy_); }

void Transfer::MarkDirty() {
  if (multi_ != nullptr) multi_->MarkDirty(this);
}

// The poll handle of one socket curl watches; freed in its close callback.
struct Multi::Socket {
  uv_poll_t poll;
  Multi* multi;
  curl_socket_t fd;
};

Multi::Multi(uv_loop_t* loop) : loop_(loop) {
  GlobalInit();
  multi_ = curl_multi_init();
  CHECK(multi_ != nullptr);
  curl_multi_setopt(multi_, CURLMOPT_SOCKETFUNCTION, OnSocket);
  curl_multi_setopt(multi_, CURLMOPT_SOCKETDATA, this);
  curl_multi_setopt(multi_, CURLMOPT_TIMERFUNCTION, OnTimer);
  curl_multi_setopt(multi_, CURLMOPT_TIMERDATA, this);
  uv_timer_init(loop, &timer_);
  timer_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  uv_prepare_init(loop, &keep_alive_);
  keep_alive_.data = this;
  open_handles_ = 2;
}

Multi::~Multi() = default;

CURLMcode Multi::Add(std::shared_ptr<Transfer> transfer) {
  if (closing_) return CURLM_BAD_HANDLE;
  Transfer* raw = transfer.get();
  curl_easy_setopt(raw->easy_, CURLOPT_PRIVATE, raw);
  raw->multi_ = this;
  CURLMcode code = curl_multi_add_handle(multi_, raw->easy_);
  if (code != CURLM_OK) {
    raw->multi_ = nullptr;
    return code;
  }
  transfers_.emplace(raw, std::move(transfer));
  UpdateRef();
  return CURLM_OK;
}

void Multi::Remove(Transfer* transfer) {
  auto it = transfers_.find(transfer);
  if (it == transfers_.end()) return;
  curl_multi_remove_handle(multi_, transfer->easy_);
  transfer->multi_ = nullptr;
  transfer->dirty_ = false;
  if (!transfer->holds_loop_) idle_transfers_--;
  // Keep it alive until the current dispatch, which may still hold a raw pointer, is over.
  dirty_.push_back(std::move(it->second));
  transfers_.erase(it);
  UpdateRef();
}

void Multi::SetHoldsLoop(Transfer* transfer, bool holds) {
  if (transfer->holds_loop_ == holds || transfers_.count(transfer) == 0) return;
  transfer->holds_loop_ = holds;
  if (holds) idle_transfers_--; else idle_transfers_++;
  UpdateRef();
}

void Multi::Kick() {
  if (!closing_) uv_timer_start(&timer_, OnTimeout, 0, 0);
}

void Multi::MarkDirty(Transfer* transfer) {
  if (transfer->dirty_) return;
  auto it = transfers_.find(transfer);
  if (it == transfers_.end()) return;
  transfer->dirty_ = true;
  dirty_.push_back(it->second);
}

void Multi::UpdateRef() {
  if (closing_) return;
  if (transfers_.size() <= idle_transfers_) {
    uv_prepare_stop(&keep_alive_);
  } else if (!uv_is_active(reinterpret_cast<uv_handle_t*>(&keep_alive_))) {
    uv_prepare_start(&keep_alive_, [](uv_prepare_t*) {});
  }
}

int Multi::OnSocket(CURL*, curl_socket_t fd, int what, void* userp, void* socketp) {
  auto* self = static_cast<Multi*>(userp);
  auto* socket = static_cast<Socket*>(socketp);
  if (what == CURL_POLL_REMOVE) {
    if (socket != nullptr) {
      uv_poll_stop(&socket->poll);
      curl_multi_assign(self->multi_, fd, nullptr);
      self->CloseHandle(reinterpret_cast<uv_handle_t*>(&socket->poll));
    }
    return 0;
  }
  if (socket == nullptr) {
    socket = new Socket{{}, self, fd};
    if (uv_poll_init_socket(self->loop_, &socket->poll, fd) != 0) {
      delete socket;
      return -1;
    }
    socket->poll.data = socket;
    uv_unref(reinterpret_cast<uv_handle_t*>(&socket->poll));
    self->open_handles_++;
    curl_multi_assign(self->multi_, fd, socket);
  }
  int events = 0;
  if (what & CURL_POLL_IN) events |= UV_READABLE;
  if (what & CURL_POLL_OUT) events |= UV_WRITABLE;
  uv_poll_start(&socket->poll, events, OnPoll);
  return 0;
}

int Multi::OnTimer(CURLM*, long timeout_ms, void* userp) {
  auto* self = static_cast<Multi*>(userp);
  if (self->closing_) return 0;
  if (timeout_ms < 0) {
    uv_timer_stop(&self->timer_);
  } else {
    // curl may not be re-entered from here: even a zero timeout goes through the loop.
    uv_timer_start(&self->timer_, OnTimeout, static_cast<uint64_t>(timeout_ms), 0);
  }
  return 0;
}

void Multi::OnPoll(uv_poll_t* handle, int status, int events) {
  auto* socket = static_cast<Socket*>(handle->data);
  int flags = 0;
  if (status < 0) {
    flags = CURL_CSELECT_ERR;
  } else {
    if (events & UV_READABLE) flags |= CURL_CSELECT_IN;
    if (events & UV_WRITABLE) flags |= CURL_CSELECT_OUT;
  }
  socket->multi->Action(socket->fd, flags);
}

void Multi::OnTimeout(uv_timer_t* handle) {
  static_cast<Multi*>(handle->data)->Action(CURL_SOCKET_TIMEOUT, 0);
}

void Multi::Action(curl_socket_t fd, int flags) {
  if (closing_) return;
  int running = 0;
  curl_multi_socket_action(multi_, fd, flags, &running);
  ReadInfo();
  Dispatch();
}

void Multi::ReadInfo() {
  int pending = 0;
  while (CURLMsg* message = curl_multi_info_read(multi_, &pending)) {
    if (message->msg != CURLMSG_DONE) continue;
    Transfer* transfer = nullptr;
    curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&transfer));
    CURLcode result = message->data.result;
    auto it = transfers_.find(transfer);
    if (it == transfers_.end()) continue;
    std::shared_ptr<Transfer> owned = std::move(it->second);
    transfers_.erase(it);
    curl_multi_remove_handle(multi_, owned->easy_);
    owned->multi_ = nullptr;
    if (!owned->holds_loop_) idle_transfers_--;
    owned->done_ = true;
    owned->result_ = result;
    if (!owned->dirty_) {
      owned->dirty_ = true;
      dirty_.push_back(std::move(owned));
    }
  }
  UpdateRef();
}

void Multi::Dispatch() {
  if (dispatching_) return;
  dispatching_ = true;
  while (!dirty_.empty() && !closing_) {
    std::vector<std::shared_ptr<Transfer>> batch;
    batch.swap(dirty_);
    for (const std::shared_ptr<Transfer>& transfer : batch) {
      if (!transfer->dirty_) continue;  // removed (aborted) while marked
      transfer->dirty_ = false;
      transfer->Deliver();
    }
  }
  dispatching_ = false;
  if (closing_) {
    dirty_.clear();
    if (open_handles_ == 0) delete this;
  }
}

void Multi::CloseHandle(uv_handle_t* handle) {
  uv_close(handle, [](uv_handle_t* h) {
    Multi* multi;
    if (h->type == UV_POLL) {
      auto* socket = static_cast<Socket*>(h->data);
      multi = socket->multi;
      delete socket;
    } else {
      multi = static_cast<Multi*>(h->data);
    }
    if (--multi->open_handles_ == 0 && multi->closing_ && !multi->dispatching_) delete multi;
  });
}

void Multi::Close() {
  if (closing_) return;
  for (auto& [raw, transfer] : transfers_) {
    curl_multi_remove_handle(multi_, raw->easy_);
    raw->multi_ = nullptr;
    transfer->dirty_ = false;
  }
  transfers_.clear();
  idle_transfers_ = 0;
  for (auto& transfer : dirty_) transfer->dirty_ = false;
  // curl_multi_cleanup closes the cached connections, telling OnSocket to drop their polls.
  curl_multi_cleanup(multi_);
  multi_ = nullptr;
  closing_ = true;
  if (!dispatching_) dirty_.clear();
  uv_timer_stop(&timer_);
  uv_prepare_stop(&keep_alive_);
  CloseHandle(reinterpret_cast<uv_handle_t*>(&timer_));
  CloseHandle(reinterpret_cast<uv_handle_t*>(&keep_alive_));
}

Multi* MultiForLoop(uv_loop_t* loop) {
  if (current_multi == nullptr || current_loop != loop) {
    current_multi = new Multi(loop);
    current_loop = loop;
  }
  return current_multi;
}

void CloseMultiForLoop(uv_loop_t* loop) {
  if (current_multi == nullptr || current_loop != loop) return;
  Multi* multi = current_multi;
  current_multi = nullptr;
  current_loop = nullptr;
  multi->Close();
}

}  // namespace kiln::curl
