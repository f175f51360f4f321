// Parallel deflate of large streams for node:zlib (see parallel_deflate.h).
#include "parallel_deflate.h"

#include <algorithm>
#include <cstring>

#include <zlib.h>

namespace kiln {

ParallelDeflate::ParallelDeflate(Wrapper wrapper, int level, int window_bits, int mem_level,
                                 int strategy)
    : wrapper_(wrapper),
      level_(level == Z_DEFAULT_COMPRESSION ? 6 : level),
      window_bits_(window_bits),
      mem_level_(mem_level),
      strategy_(strategy),
      check_(wrapper == kZlib ? 1 : 0) {
  // The header zlib writes for these parameters (deflate.c), so that small differences stay
  // out of the first bytes.
  if (wrapper_ == kGzip) {
    uint8_t xfl = level_ == 9 ? 2 : (strategy_ >= Z_HUFFMAN_ONLY || level_ < 2) ? 4 : 0;
    ready_ = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
  } else if (wrapper_ == kZlib) {
    unsigned header = (Z_DEFLATED + ((window_bits_ - 8) << 4)) << 8;
    unsigned level_flags = (strategy_ >= Z_HUFFMAN_ONLY || level_ < 2) ? 0
                           : level_ < 6                                 ? 1
                           : level_ == 6                                ? 2
                                                                        : 3;
    header |= level_flags << 6;
    header += 31 - (header % 31);
    ready_ = {static_cast<uint8_t>(header >> 8), static_cast<uint8_t>(header & 0xff)};
  }
}

size_t ParallelDeflate::Feed(const uint8_t* data, size_t len) {
  if (finished_) return 0;
  if (open_ == nullptr) {
    open_ = std::make_unique<Block>();
    if (!next_without_dictionary_) open_->input = history_;
    open_->dict_length = open_->input.size();
    open_->input.reserve(open_->dict_length + kBlockSize);
  }
  size_t room = kBlockSize - std::min(kBlockSize, open_->data_length());
  size_t take = std::min(room, len);
  open_->input.insert(open_->input.end(), data, data + take);
  return take;
}

std::vector<uint8_t> ParallelDeflate::TakeUnsealed() {
  std::vector<uint8_t> data;
  if (open_ != nullptr) {
    data.assign(open_->input.begin() + open_->dict_length, open_->input.end());
    open_.reset();
  }
  return data;
}

ParallelDeflate::Block* ParallelDeflate::Seal(int flush) {
  if (finished_) return nullptr;
  if (open_ == nullptr) Feed(nullptr, 0);
  std::unique_ptr<Block> block = std::move(open_);
  block->flush = flush == Z_FINISH || flush == Z_FULL_FLUSH ? flush : Z_SYNC_FLUSH;
  block->level = level_;
  block->strategy = strategy_;
  block->window_bits = window_bits_;
  block->mem_level = mem_level_;
  block->input_length = block->data_length();
  block->check = wrapper_ == kZlib ? 1 : 0;
  if (wrapper_ == kGzip) block->check = 0xffffffffu;  // marks "CRC-32" for Compress()
  // The next block's dictionary: the last window of everything before it.
  const size_t window = size_t{1} << window_bits_;
  next_without_dictionary_ = block->flush == Z_FULL_FLUSH;
  if (block->input.size() >= window) {
    history_.assign(block->input.end() - window, block->input.end());
  } else {
    history_ = block->input;
  }
  sealed_any_ = true;
  if (block->flush == Z_FINISH) finished_ = true;
  in_flight_++;
  Block* raw = block.get();
  blocks_.push_back(std::move(block));
  return raw;
}

void ParallelDeflate::Compress(Block* block) {
  const bool crc = block->check == 0xffffffffu;
  const uint8_t* data = block->input.data() + block->dict_length;
  const size_t length = block->data_length();
  if (crc) {
    block->check = static_cast<uint32_t>(crc32_z(0, data, length));
  } else if (block->check == 1) {
    block->check = static_cast<uint32_t>(adler32_z(1, data, length));
  }
  z_stream strm;
  std::memset(&strm, 0, sizeof(strm));
  if (deflateInit2(&strm, block->level, Z_DEFLATED, -block->window_bits, block->mem_level,
                   block->strategy) != Z_OK) {
    block->failed = true;
    return;
  }
  if (block->dict_length > 0 &&
      deflateSetDictionary(&strm, block->input.data(), block->dict_length) != Z_OK) {
    block->failed = true;
    deflateEnd(&strm);
    return;
  }
  block->output.resize(deflateBound(&strm, length) + 64);
  strm.next_in = const_cast<Bytef*>(data);
  strm.avail_in = static_cast<uInt>(length);
  size_t produced = 0;
  for (;;) {
    strm.next_out = block->output.data() + produced;
    strm.avail_out = static_cast<uInt>(block->output.size() - produced);
    int err = deflate(&strm, block->flush);
    produced = block->output.size() - strm.avail_out;
    if (err != Z_OK && err != Z_STREAM_END && err != Z_BUF_ERROR) {
      block->failed = true;
      break;
    }
    if (strm.avail_out != 0) break;
    block->output.resize(block->output.size() * 2);
  }
  block->output.resize(produced);
  std::vector<uint8_t>().swap(block->input);
  deflateEnd(&strm);
}

void ParallelDeflate::BlockDone(Block* block) {
  block->done = true;
  if (block->failed) failed_ = true;
  in_flight_--;
}

void ParallelDeflate::AppendTrailer() {
  auto put = [&](uint32_t value, bool big_endian) {
    for (int i = 0; i < 4; i++) {
      int shift = big_endian ? 24 - 8 * i : 8 * i;
      ready_.push_back(static_cast<uint8_t>(value >> shift));
    }
  };
  if (wrapper_ == kGzip) {
    put(check_, false);
    put(static_cast<uint32_t>(total_in_), false);
  } else if (wrapper_ == kZlib) {
    put(check_, true);
  }
}

size_t ParallelDeflate::Drain(uint8_t* out, size_t len) {
  size_t copied = 0;
  while (copied < len) {
    if (ready_offset_ < ready_.size()) {
      size_t n = std::min(len - copied, ready_.size() - ready_offset_);
      std::memcpy(out + copied, ready_.data() + ready_offset_, n);
      ready_offset_ += n;
      copied += n;
      continue;
    }
    if (blocks_.empty() || !blocks_.front()->done) break;
    std::unique_ptr<Block> block = std::move(blocks_.front());
    blocks_.pop_front();
    ready_ = std::move(block->output);
    ready_offset_ = 0;
    size_t length = block->input_length;
    if (wrapper_ == kGzip) {
      check_ = static_cast<uint32_t>(crc32_combine(check_, block->check, length));
    } else if (wrapper_ == kZlib) {
      check_ = static_cast<uint32_t>(adler32_combine(check_, block->check, length));
    }
    total_in_ += length;
    if (block->flush == Z_FINISH) AppendTrailer();
  }
  return copied;
}

bool ParallelDeflate::output_pending() const {
  return ready_offset_ < ready_.size() || (!blocks_.empty() && blocks_.front()->done);
}

bool ParallelDeflate::all_done() const {
  return ready_offset_ >= ready_.size() && blocks_.empty();
}

}  // namespace kiln
