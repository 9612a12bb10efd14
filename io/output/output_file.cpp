#include "io/output/output_file.hpp"

#include <exception>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/output/internal/file_state.hpp"
#include "io/output/internal/parallel.hpp"

namespace attachsim::io {
namespace {

constexpr std::string_view kPartialSuffix = ".partial";

std::shared_ptr<internal::FileState> new_state(sim::Communicator& comm,
                                               std::filesystem::path partial,
                                               std::filesystem::path final_path) {
  auto state = std::make_shared<internal::FileState>();
  state->comm = &comm;
  state->parallel = internal::is_parallel(comm);
  state->partial_path = std::move(partial);
  state->final_path = std::move(final_path);
  state->transfer = internal::transfer(state->parallel);
  return state;
}

void write_provenance(hid_t root, const FileFormat& format, const Provenance& p) {
  h5::write_attribute(root, "format", format.name);
  h5::write_attribute(root, "format_version", format.version);
  h5::write_attribute(root, "version", p.version);
  h5::write_attribute(root, "git_revision", p.git_revision);
  h5::write_attribute(root, "seed", p.seed);
  h5::write_attribute(root, "config", p.config);
  h5::write_attribute(root, "command_line", p.command_line);
  h5::write_attribute(root, "created", p.created);
}

void check_format(hid_t root, const std::filesystem::path& path) {
  const std::string name = path.string();
  if (!h5::has_attribute(root, "format") ||
      h5::read_attribute_text(root, "format") != OutputFile::kOutputFormat.name)
    throw OutputError("cannot resume " + name + ": it is not an attachsim output file");
  const std::string version = h5::read_attribute_text(root, "format_version");
  if (version != std::to_string(OutputFile::kFormatVersion))
    throw OutputError("cannot resume " + name + ": it has format version " + version +
                      ", this attachsim writes version " +
                      std::to_string(OutputFile::kFormatVersion));
}

// Forces the closed file's bytes to disk before the rename makes it final (rank 0 only).
void sync_to_disk(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

OutputFile OutputFile::create(const std::filesystem::path& path, const Provenance& provenance,
                              sim::Communicator& comm, const FileFormat& format) {
  h5::quiet_error_stack();
  const auto directory = path.has_parent_path() ? path.parent_path() : ".";
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error))
    throw OutputError("cannot create " + path.string() + ": the directory " + directory.string() +
                      " does not exist");
  std::filesystem::path partial = path;
  partial += kPartialSuffix;
  auto state = new_state(comm, partial, path);
  const h5::PropList access = internal::file_access(comm);
  state->file =
      h5::File(h5::check_id(H5Fcreate(partial.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, access.get()),
                            "H5Fcreate", partial.string()));
  write_provenance(state->file.get(), format, provenance);
  return OutputFile(std::move(state));
}

OutputFile OutputFile::resume(const std::filesystem::path& partial_path, sim::Communicator& comm) {
  h5::quiet_error_stack();
  const std::string name = partial_path.string();
  if (!name.ends_with(kPartialSuffix))
    throw OutputError("cannot resume " + name + ": only a .partial file can be resumed");
  if (!std::filesystem::exists(partial_path))
    throw OutputError("cannot resume " + name + ": no such file");
  auto state = new_state(comm, partial_path, name.substr(0, name.size() - kPartialSuffix.size()));
  const h5::PropList access = internal::file_access(comm);
  state->file =
      h5::File(h5::check_id(H5Fopen(name.c_str(), H5F_ACC_RDWR, access.get()), "H5Fopen", name));
  check_format(state->file.get(), partial_path);
  return OutputFile(std::move(state));
}

void OutputFile::flush() {
  state_->require_open("flush");
  h5::check(H5Fflush(state_->file.get(), H5F_SCOPE_GLOBAL), "H5Fflush",
            state_->partial_path.string());
}

void OutputFile::commit() {
  state_->require_open("commit");
  state_->close();
  sim::Communicator& comm = *state_->comm;
  std::error_code error;
  if (comm.rank() == 0) {
    sync_to_disk(state_->partial_path);
    std::filesystem::rename(state_->partial_path, state_->final_path, error);
  }
  // Every rank learns whether rank 0's rename worked, so that all throw or none does.
  if (comm.min_all(error ? 0 : 1) == 0)
    throw OutputError("cannot rename " + state_->partial_path.string() + " to " +
                      state_->final_path.string() +
                      (error ? ": " + error.message() : std::string(" (failed on rank 0)")));
}

const std::filesystem::path& OutputFile::path() const {
  return state_->final_path;
}

const std::filesystem::path& OutputFile::partial_path() const {
  return state_->partial_path;
}

OutputFile::OutputFile(std::shared_ptr<internal::FileState> state) : state_(std::move(state)) {}
OutputFile::OutputFile(OutputFile&&) noexcept = default;
OutputFile& OutputFile::operator=(OutputFile&&) noexcept = default;

OutputFile::~OutputFile() {
  // Under MPI the close is collective: while an exception unwinds, the other ranks may never
  // join it, so the file is left to the abort that must follow (the file stays .partial).
  if (state_ && state_->parallel && std::uncaught_exceptions() > 0) return;
  if (state_ && state_->file.valid()) {
    try {
      state_->close();
    } catch (const h5::H5Error&) {
      // Nothing to report to from a destructor; the file is left .partial either way.
    }
  }
}

}  // namespace attachsim::io
