// The type-erased core of RecordTable: a group of equally long, chunked, compressed 1-D datasets
// that all ranks append to together. Not API: use RecordTable (io/output/record_table.hpp).
//
//   ColumnTable table(file, "/panel", specs, {});
//   table.append(n, [&](std::size_t column, void* out) { /* write n values of that column */ });
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "io/output/column.hpp"
#include "io/output/output_file.hpp"

namespace attachsim::io::internal {

/// A table of columns in an output file; every member function is collective under MPI.
class ColumnTable {
 public:
  /// Opens the table at group `path` ("/panel") if the file has it (a resumed file), checking
  /// that its columns are `columns`; creates it otherwise. Throws OutputError on a mismatch, a
  /// bad name or a closed file, h5::H5Error when HDF5 fails.
  ColumnTable(OutputFile& file, std::string path, std::vector<ColumnSpec> columns,
              const TableOptions& options);

  /// Rows in the table, the same on every rank.
  std::uint64_t rows() const { return rows_; }

  /// Appends `local_rows` rows from this rank after those of lower ranks; `fill(c, out)` writes
  /// this rank's values of column c into `out` (local_rows elements of the column's type).
  /// Throws OutputError when the file is closed, h5::H5Error when HDF5 fails.
  void append(std::uint64_t local_rows, const std::function<void(std::size_t, void*)>& fill);

  /// Keeps the first `rows` rows. Throws OutputError when rows > rows() or the file is closed.
  void truncate(std::uint64_t rows);

 private:
  enum class Direction { read, write };

  // HDF5 identifiers are int64 (hid_t), spelt so here to keep hdf5.h out of the API headers.
  void open_columns(std::int64_t group);
  void create_columns(std::int64_t group, const TableOptions& options);
  std::int64_t dataset(std::size_t column) const;
  std::uint64_t chunk_rows(std::size_t column) const;
  void set_extent(std::size_t column, std::uint64_t rows);
  // Reads or writes `count` rows of a column from row `first`, collectively (count 0: no rows).
  void transfer_rows(std::size_t column, std::uint64_t first, std::uint64_t count, void* buffer,
                     Direction direction);

  std::shared_ptr<FileState> state_;
  std::string path_;
  std::vector<ColumnSpec> columns_;
  std::size_t first_dataset_ = 0;  // this table's datasets are state_->datasets[first_...]
  std::uint64_t rows_ = 0;
};

}  // namespace attachsim::io::internal
