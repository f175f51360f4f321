// ISA-L inflate for node:zlib (see fast_inflate.h).
#include "fast_inflate.h"

#include <algorithm>

#include <isa-l/igzip_lib.h>

namespace kiln {
namespace {

// Beyond this many compressed bytes in one member, an error is reported from ISA-L's verdict
// (same code and errno as zlib's, a message from the same family) instead of zlib's replay.
constexpr size_t kReplayLimit = 1u << 20;

}  // namespace

FastInflate::FastInflate() : state_(std::make_unique<inflate_state>()) {}
FastInflate::~FastInflate() = default;

void FastInflate::Start(Wrapper wrapper) {
  isal_inflate_init(state_.get());
  state_->crc_flag = wrapper == kGzip ? ISAL_GZIP : wrapper == kZlib ? ISAL_ZLIB : ISAL_DEFLATE;
  wrapper_ = wrapper;
  header_checked_ = 0;
  replay_.clear();
  replay_complete_ = true;
  member_out_ = 0;
}

// zlib rejects a header as soon as its first bytes are wrong, where ISA-L waits for the whole
// header or accepts reserved flags: the caller then lets zlib say what it is, in the same write.
bool FastInflate::HeaderLooksBad(const uint8_t* in, uint32_t in_len) {
  const size_t needed = wrapper_ == kGzip ? 4 : wrapper_ == kZlib ? 2 : 0;
  uint8_t header[4];
  size_t have = 0;
  for (; have < needed; have++) {
    if (have < replay_.size()) {
      header[have] = replay_[have];
    } else if (have - replay_.size() < in_len) {
      header[have] = in[have - replay_.size()];
    } else {
      break;
    }
  }
  for (size_t i = header_checked_; i < have; i++) {
    uint8_t byte = header[i];
    bool bad = false;
    if (wrapper_ == kGzip) {
      bad = (i == 0 && byte != 0x1f) || (i == 1 && byte != 0x8b) || (i == 2 && byte != 8) ||
            (i == 3 && (byte & 0xe0) != 0);
    } else if (i == 0) {
      bad = (byte & 0x0f) != 8 || (byte >> 4) > 7;
    } else {
      bad = ((header[0] << 8) | byte) % 31 != 0;
    }
    if (bad) return true;
  }
  header_checked_ = std::max(header_checked_, have);
  return false;
}

int FastInflate::Run(const uint8_t** in, uint32_t* in_len, uint8_t** out, uint32_t* out_len) {
  if (header_checked_ < 4 && replay_complete_ && HeaderLooksBad(*in, *in_len)) {
    return ISAL_INVALID_WRAPPER;
  }
  inflate_state* state = state_.get();
  state->next_in = const_cast<uint8_t*>(*in);
  state->avail_in = *in_len;
  state->next_out = *out;
  state->avail_out = *out_len;
  int result = isal_inflate(state);
  if (state->avail_in > *in_len || state->next_in != *in + (*in_len - state->avail_in) ||
      state->avail_out > *out_len || state->next_out != *out + (*out_len - state->avail_out)) {
    // On some corrupt input ISA-L counts bits past the end of the input: this call's output is
    // dropped and zlib decides from the member's start.
    state->next_in = const_cast<uint8_t*>(*in) + *in_len;
    state->avail_in = 0;
    state->next_out = *out;
    state->avail_out = *out_len;
    result = ISAL_INVALID_BLOCK;
  }
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
