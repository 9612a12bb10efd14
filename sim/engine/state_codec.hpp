// Bytes of saved state: values and vectors of trivially copyable types, appended in order and
// read back in the same order (checkpoints; sim/engine/scheduler.hpp, sim/model/community_state).
//
//   ByteWriter out;
//   out.write(std::uint64_t{7});
//   out.write_vector(std::span<const Tie>(ties));     // the length, then the elements
//   ByteReader in(out.bytes(), "LP 3");
//   auto n = in.read<std::uint64_t>();                 // 7
//   std::vector<Tie> back = in.read_vector<Tie>();
//   in.expect_end();                                   // throws CheckpointError if bytes remain
//
// Values are stored as their in-memory bytes (padding included), so state is only read back by
// a build with the same layout on the same kind of machine; callers record what they need to check
// that (sizes of their records, the version).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "sim/engine/error.hpp"

namespace attachsim::sim {

/// What ByteWriter and ByteReader store: types whose bytes are their value.
template <class T>
concept Bytewise = std::is_trivially_copyable_v<T> && std::default_initializable<T>;

/// Appends values to a growing byte buffer.
class ByteWriter {
 public:
  /// Appends the bytes of `value`.
  template <Bytewise T>
  void write(const T& value) {
    append(&value, sizeof(T));
  }

  /// Appends the number of elements (uint64), then their bytes.
  template <Bytewise T>
  void write_vector(std::span<const T> values) {
    write(static_cast<std::uint64_t>(values.size()));
    append(values.data(), values.size_bytes());
  }

  /// Appends the number of elements (uint64), then their bytes.
  template <Bytewise T>
  void write_vector(const std::vector<T>& values) {
    write_vector(std::span<const T>(values));
  }

  /// Everything written so far.
  std::span<const std::byte> bytes() const { return bytes_; }
  /// Number of bytes written so far.
  std::size_t size() const { return bytes_.size(); }

 private:
  void append(const void* data, std::size_t size) {
    if (size == 0) return;
    const std::size_t at = bytes_.size();
    bytes_.resize(at + size);
    std::memcpy(bytes_.data() + at, data, size);
  }

  std::vector<std::byte> bytes_;
};

/// Reads back, in order, what a ByteWriter wrote; never reads outside the given bytes.
class ByteReader {
 public:
  /// Reads `bytes` (which must outlive the reader); `what` names them in error messages ("the
  /// state of LP 3").
  ByteReader(std::span<const std::byte> bytes, std::string what)
      : bytes_(bytes), what_(std::move(what)) {}

  /// The next value. Throws CheckpointError when fewer than sizeof(T) bytes are left.
  template <Bytewise T>
  T read() {
    T value;
    std::memcpy(&value, take(sizeof(T), 1).data(), sizeof(T));
    return value;
  }

  /// The next vector (its length, then its elements). Throws CheckpointError when the bytes left
  /// cannot hold it.
  template <Bytewise T>
  std::vector<T> read_vector() {
    const auto count = read<std::uint64_t>();
    const std::span<const std::byte> raw = take(sizeof(T), count);
    std::vector<T> values(static_cast<std::size_t>(count));
    if (!raw.empty()) std::memcpy(values.data(), raw.data(), raw.size());
    return values;
  }

  /// Number of bytes not read yet.
  std::size_t remaining() const { return bytes_.size() - at_; }

  /// Throws CheckpointError unless every byte was read.
  void expect_end() const {
    if (remaining() != 0) {
      throw CheckpointError(what_ + " is malformed: " + std::to_string(remaining()) +
                            " bytes are left over after reading it");
    }
  }

  /// Throws CheckpointError saying that `problem` makes the bytes unusable.
  [[noreturn]] void fail(const std::string& problem) const {
    throw CheckpointError(what_ + " cannot be restored: " + problem);
  }

 private:
  // The next `count` elements of `size` bytes each, after checking that they are there.
  std::span<const std::byte> take(std::size_t size, std::uint64_t count) {
    if (count > remaining() / size) {
      throw CheckpointError(what_ + " is truncated or malformed: " + std::to_string(count) + " x " +
                            std::to_string(size) + " bytes wanted at byte " + std::to_string(at_) +
                            ", " + std::to_string(remaining()) + " left");
    }
    const std::span<const std::byte> out = bytes_.subspan(at_, size * count);
    at_ += out.size();
    return out;
  }

  std::span<const std::byte> bytes_;
  std::size_t at_ = 0;
  std::string what_;
};

}  // namespace attachsim::sim
