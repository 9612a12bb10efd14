// Reading back what a run stored: root attributes and ranges of 1-D datasets, serially. Any
// number of processes may read one file at once (each rank of a resumed run reads its own part).
//
//   FileReader file("results/run.h5.ckpt");
//   std::string config = file.attribute("config");
//   std::vector<std::uint64_t> sizes(file.length("/lps/state_bytes"));
//   file.read("/lps/state_bytes", 0, std::span(sizes));
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "io/h5/handle.hpp"
#include "io/output/column.hpp"
#include "io/output/output_error.hpp"

namespace attachsim::io {

/// Opens `path` read-only. Throws OutputError when it is missing or not HDF5, h5::H5Error when
/// HDF5 fails.
h5::File open_for_reading(const std::filesystem::path& path);

/// An HDF5 file opened read-only; move-only.
class FileReader {
 public:
  /// Opens `path`. Throws OutputError when it is missing or not HDF5, h5::H5Error when HDF5 fails.
  explicit FileReader(const std::filesystem::path& path);
  ~FileReader();
  /// Readers are moved, never copied.
  FileReader(FileReader&&) noexcept;
  /// Readers are moved, never copied.
  FileReader& operator=(FileReader&&) noexcept;
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  /// The file's name.
  const std::filesystem::path& path() const { return path_; }
  /// True when the root has the attribute `name`. Throws h5::H5Error.
  bool has_attribute(std::string_view name) const;
  /// The root attribute `name` as text (numbers in decimal). Throws OutputError when it is
  /// missing, h5::H5Error when it is not a scalar string or number.
  std::string attribute(std::string_view name) const;
  /// The length of the 1-D dataset `dataset` ("/lps/state_bytes"). Throws OutputError when there
  /// is no such dataset or it is not 1-D, h5::H5Error when HDF5 fails.
  std::uint64_t length(const std::string& dataset) const;

  /// Reads out.size() values of the 1-D dataset `dataset` from element `first` into `out`,
  /// converted to V. Throws OutputError when the range is not inside the dataset (or as length()
  /// does), h5::H5Error when HDF5 fails (a value does not convert, say).
  template <ColumnValue V>
  void read(const std::string& dataset, std::uint64_t first, std::span<V> out) const {
    read_values(dataset, column_type_of<V>(), first, out.size(), out.data());
  }

 private:
  struct Handle;
  void read_values(const std::string& dataset, ColumnType type, std::uint64_t first,
                   std::uint64_t count, void* out) const;

  std::filesystem::path path_;
  std::unique_ptr<Handle> file_;
};

}  // namespace attachsim::io
