// An appendable table of records: the columns of a row struct, declared once with member
// pointers, stored as one chunked, compressed 1-D dataset per column.
//
//   struct Row { std::uint64_t person_id; std::int8_t category; float security; };
//   RecordColumns<Row> cols{{"person_id", &Row::person_id, "", "person id"},
//                           {"category", &Row::category, "", "observed category", "B,A,C,D"},
//                           {"security", &Row::security, "1", "security score in [0,1]"}};
//   RecordTable<Row> panel(file, "/panel", cols);
//   panel.append(std::span<const Row>(rows));   // collective: every rank, rows or none
//
// Rows land in rank order (rank 0's first), so N ranks that each hold a contiguous, ordered slice
// write the same datasets as one process holding all rows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "io/output/column.hpp"
#include "io/output/internal/column_table.hpp"
#include "io/output/output_file.hpp"

namespace attachsim::io {

/// One column of a RecordTable: a member of Row (or any value computed from a row, which need not
/// be a class), with its name, unit, description and codes.
template <class Row>
class RecordColumn {
 public:
  /// The column `name` holding `member` of each row; `codes` labels integer codes 0, 1, ...
  template <ColumnValue V, class R = Row>
  requires std::is_class_v<R> RecordColumn(std::string name, V R::*member, std::string unit,
                                           std::string description, std::string codes = {})
      : RecordColumn(
            std::move(name), [member](const Row& row) { return row.*member; }, std::move(unit),
            std::move(description), std::move(codes)) {}

  /// The column `name` holding `get(row)` of each row: for values a member pointer cannot reach
  /// (an array element, a derived quantity).
  template <class Get>
  requires ColumnValue<std::invoke_result_t<const Get&, const Row&>> RecordColumn(
      std::string name, Get get, std::string unit, std::string description, std::string codes = {})
      : spec_{std::move(name), column_type_of<std::invoke_result_t<const Get&, const Row&>>(),
              std::move(unit), std::move(description), std::move(codes)},
        gather_([get](std::span<const Row> rows, void* out) {
          using V = std::invoke_result_t<const Get&, const Row&>;
          auto* values = static_cast<V*>(out);
          for (std::size_t i = 0; i < rows.size(); ++i)
            values[i] = get(rows[i]);
        }) {}

  /// What the file records about the column.
  const ColumnSpec& spec() const { return spec_; }
  /// Writes the column's value of each row, in order, to `out`.
  void gather(std::span<const Row> rows, void* out) const { gather_(rows, out); }

 private:
  ColumnSpec spec_;
  std::function<void(std::span<const Row>, void*)> gather_;
};

/// The columns of a RecordTable, in file order.
template <class Row>
using RecordColumns = std::vector<RecordColumn<Row>>;

/// A table of Row records in an output file; every member function is collective under MPI.
template <class Row>
class RecordTable {
 public:
  /// Opens the table at group `path` ("/panel") if the file has it (a resumed file; its columns
  /// must match), else creates it. Throws OutputError on a mismatch, a bad or duplicate column
  /// name, or a committed file; h5::H5Error when HDF5 fails.
  RecordTable(OutputFile& file, std::string path, RecordColumns<Row> columns,
              const TableOptions& options = {})
      : columns_(std::move(columns)), table_(file, std::move(path), specs(columns_), options) {}

  /// Appends this rank's rows after those of lower ranks (collective: every rank calls it, with
  /// rows or none). Throws OutputError after commit, h5::H5Error when HDF5 fails.
  void append(std::span<const Row> rows) {
    table_.append(rows.size(), [&](std::size_t c, void* out) { columns_[c].gather(rows, out); });
  }

  /// Rows in the table (over all ranks).
  std::uint64_t rows() const { return table_.rows(); }

  /// Keeps the first `rows` rows (a checkpoint's count) before a resumed run appends again.
  /// Throws OutputError when rows > this->rows() or after commit.
  void truncate(std::uint64_t rows) { table_.truncate(rows); }

 private:
  static std::vector<ColumnSpec> specs(const RecordColumns<Row>& columns) {
    std::vector<ColumnSpec> out;
    for (const auto& column : columns)
      out.push_back(column.spec());
    return out;
  }

  RecordColumns<Row> columns_;
  internal::ColumnTable table_;
};

}  // namespace attachsim::io
