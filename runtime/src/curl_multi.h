// libcurl's multi interface driven by the libuv loop (curl_multi_socket_action): one CURLM per
// loop, a uv_poll_t per socket curl asks for and one uv_timer_t for its timeout. No V8 here, so
// that fetch and the package installer's registry client share it.
#pragma once

#include <curl/curl.h>
#include <uv.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace kiln::curl {

class Multi;

// One transfer on a Multi. Curl's callbacks (write, header, read) only record what happened
// and call MarkDirty(); the Multi then calls Deliver() after curl_multi_socket_action has
// returned, so that Deliver may call into JS, which may start, pause or abort transfers.
class Transfer : public std::enable_shared_from_this<Transfer> {
 public:
  Transfer();
  virtual ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  CURL* easy() const { return easy_; }
  Multi* multi() const { return multi_; }
  bool done() const { return done_; }
  CURLcode result() const { return result_; }

  // Called outside curl's callbacks with everything recorded since the last call; done() is
  // true once, on the last call.
  virtual void Deliver() = 0;

 protected:
  void MarkDirty();

 private:
  friend class Multi;
  CURL* easy_;
  Multi* multi_ = nullptr;
  bool dirty_ = false;
  bool done_ = false;
  bool holds_loop_ = true;
  CURLcode result_ = CURLE_OK;
};

class Multi {
 public:
  explicit Multi(uv_loop_t* loop);
  Multi(const Multi&) = delete;
  Multi& operator=(const Multi&) = delete;

  uv_loop_t* loop() const { return loop_; }

  // Starts a configured transfer. The Multi holds it until it is done or removed.
  CURLMcode Add(std::shared_ptr<Transfer> transfer);
  // Stops a transfer without a final Deliver() (an abort).
  void Remove(Transfer* transfer);
  // Lets curl run soon (after curl_easy_pause un-pauses a transfer).
  void Kick();
  // A transfer whose reader has stopped reading does not keep the loop alive (as a paused
  // socket in Node does not).
  void SetHoldsLoop(Transfer* transfer, bool holds);
  // Aborts every transfer, releases curl and closes the loop handles; frees itself once they
  // have closed.
  void Close();

  void MarkDirty(Transfer* transfer);

 private:
  struct Socket;
  ~Multi();
  static int OnSocket(CURL* easy, curl_socket_t fd, int what, void* userp, void* socketp);
  static int OnTimer(CURLM* multi, long timeout_ms, void* userp);
  static void OnPoll(uv_poll_t* handle, int status, int events);
  static void OnTimeout(uv_timer_t* handle);
  void Action(curl_socket_t fd, int flags);
  void ReadInfo();
  void Dispatch();
  void UpdateRef();
  void CloseHandle(uv_handle_t* handle);

  uv_loop_t* loop_;
  CURLM* multi_;
  uv_timer_t timer_;
  // Started while transfers are active: it is what keeps the loop alive for them (the polls
  // and the timer are unreferenced, since curl keeps idle connections open).
  uv_prepare_t keep_alive_;
  std::unordered_map<Transfer*, std::shared_ptr<Transfer>> transfers_;
  std::vector<std::shared_ptr<Transfer>> dirty_;
  size_t idle_transfers_ = 0;  // active transfers that do not hold the loop
  bool dispatching_ = false;
  bool closing_ = false;
  int open_handles_ = 0;
};

// The Multi of a loop's current thread, created on first use (nullptr after Close()).
Multi* MultiForLoop(uv_loop_t* loop);
void CloseMultiForLoop(uv_loop_t* loop);

}  // namespace kiln::curl
