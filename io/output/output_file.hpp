// One self-describing HDF5 output file, written under a temporary name and renamed when complete.
//
//   OutputFile out = OutputFile::create("results/run.h5", provenance, comm);  // run.h5.partial
//   RecordTable<Row> panel(out, "/panel", columns);   // io/output/record_table.hpp
//   panel.append(rows);
//   out.commit();                                     // closed, renamed to results/run.h5
//
// A file destroyed without commit() (an exception, a stop signal) is closed and stays
// `.partial`: nothing incomplete ever carries the final name. Under MPI every call is collective,
// and an error on some ranks only must end in MPI_Abort (see ~OutputFile).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>

#include "io/output/output_error.hpp"
#include "io/output/provenance.hpp"
#include "sim/engine/communicator.hpp"

namespace attachsim::io {

namespace internal {
struct FileState;
class ColumnTable;
}  // namespace internal

/// What a file's root attributes `format` and `format_version` say it is.
struct FileFormat {
  std::string_view name;  ///< `format`: "attachsim" for run output
  std::int64_t version;   ///< `format_version`: raised whenever the layout changes incompatibly
};

/// An output file being written; see the file comment. Move-only.
class OutputFile {
 public:
  /// The layout version of run output, written as the root attribute `format_version`.
  static constexpr std::int64_t kFormatVersion = 1;
  /// Run output: format "attachsim", version kFormatVersion.
  static constexpr FileFormat kOutputFormat{"attachsim", kFormatVersion};

  /// Creates `path` + ".partial" (replacing a stale one) and writes the root attributes format,
  /// format_version (of `format`; run output by default) and the provenance. Collective; parallel
  /// HDF5 when comm has several ranks. Throws OutputError when the directory does not exist,
  /// h5::H5Error when HDF5 fails.
  static OutputFile create(const std::filesystem::path& path, const Provenance& provenance,
                           sim::Communicator& comm, const FileFormat& format = kOutputFormat);

  /// Reopens the `.partial` file of an interrupted run to go on writing it (tables then truncate
  /// to their checkpointed rows). Collective. Throws OutputError when the name does not end in
  /// ".partial" or the file is not attachsim output of this format version, h5::H5Error when
  /// HDF5 fails.
  static OutputFile resume(const std::filesystem::path& partial_path, sim::Communicator& comm);

  /// Writes everything appended so far to disk (H5Fflush), so that the `.partial` file holds it
  /// even if the process is killed later. Collective. Throws OutputError after commit,
  /// h5::H5Error when HDF5 fails.
  void flush();

  /// Flushes and closes the file, then renames it to path(). Collective; tables cannot be
  /// written afterwards. Throws OutputError (the rename failed, or already committed) or
  /// h5::H5Error; the file then stays `.partial`.
  void commit();

  /// The final name (without ".partial").
  const std::filesystem::path& path() const;
  /// The name while being written.
  const std::filesystem::path& partial_path() const;

  OutputFile(OutputFile&&) noexcept;
  OutputFile& operator=(OutputFile&&) noexcept;
  /// Closes the file if it is still open, leaving it `.partial` (collective under MPI). Under MPI
  /// during exception unwinding it does nothing: ranks that did not fail would never join the
  /// close, so the caller must abort (MPI_Abort) instead, as attachsim's main does.
  ~OutputFile();

 private:
  friend class internal::ColumnTable;
  explicit OutputFile(std::shared_ptr<internal::FileState> state);
  std::shared_ptr<internal::FileState> state_;
};

}  // namespace attachsim::io
