// ISA-L inflate for node:zlib (see fast_inflate.h).
#include "fast_inflate.h"

#include <algorithm>

#include <isa-l/igzip_lib.h>

namespace kiln {
namespace {

// Beyond this many compressed bytes in one member, an error is reported from ISA-L's verdict
// (same code and errno as zlib's, a message from the same family) instead of zlib's replay.
constexpr size_t kReplayLimit = 4u << 20;

}  // namespace

FastInflate::FastInflate() : state_(std::make_unique<inflate_state>()) {}
FastInflate::~FastInflate() = default;

void FastInflate::Start(Wrapper wrapper) {
  isal_inflate_init(state_.get());
  state_->crc_flag = wrapper == kGzip ? ISAL_GZIP : wrapper == kZlib ? ISAL_ZLIB : ISAL_DEFLATE;
  replay_.clear();
  replay_complete_ = true;
  member_out_ = 0;
}

int FastInflate::Run(const uint8_t** in, uint32_t* in_len, uint8_t** out, uint32_t* out_len) {
  inflate_state* state = state_.get();
  state->next_in = const_cast<uint8_t*>(*in);
  state->avail_in = *in_len;
  state->next_out = *out;
  state->avail_out = *out_len;
  int result = isal_inflate(state);
  if (result == ISAL_DECOMP_OK && state->block_state == ISAL_BLOCK_FINISH &&
      state->read_in_length >= 8) {
    // A raw stream's end: give back the whole bytes read ahead past it, as zlib leaves them.
    uint32_t extra = std::min<uint32_t>(state->read_in_length / 8, *in_len - state->avail_in);
    state->next_in -= extra;
    state->avail_in += extra;
    state->read_in_length -= extra * 8;
  }
  uint32_t consumed = *in_len - state->avail_in;
  if (replay_complete_ && consumed > 0) {
    if (replay_.size() + consumed > kReplayLimit) {
      replay_complete_ = false;
      std::vector<uint8_t>().swap(replay_);
    } else {
      replay_.insert(replay_.end(), *in, *in + consumed);
    }
  }
  member_out_ += *out_len - state->avail_out;
  *in = state->next_in;
  *in_len = state->avail_in;
  *out = state->next_out;
  *out_len = state->avail_out;
  return result;
}

bool FastInflate::finished() const { return state_->block_state == ISAL_BLOCK_FINISH; }

}  // namespace kiln
