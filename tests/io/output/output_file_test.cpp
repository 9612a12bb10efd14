#include "io/output/output_file.hpp"

#include <gtest/gtest.h>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"
#include "io/output/record_table.hpp"
#include "tests/io/output/all_types_row.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

Provenance test_provenance() {
  return {.version = "0.1.0",
          .git_revision = "0123456789ab",
          .seed = 18446744073709551615u,
          .config = "seed = 7\n",
          .command_line = "attachsim run x.toml",
          .created = "2024-05-01T12:00:00Z"};
}

TEST(OutputFile, IsWrittenAsPartialAndRenamedOnCommit) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "run.h5", test_provenance(), comm);
  EXPECT_EQ(out.path(), dir / "run.h5");
  EXPECT_EQ(out.partial_path(), dir / "run.h5.partial");
  EXPECT_TRUE(fs::exists(dir / "run.h5.partial"));
  EXPECT_FALSE(fs::exists(dir / "run.h5"));
  out.commit();
  EXPECT_TRUE(fs::exists(dir / "run.h5"));
  EXPECT_FALSE(fs::exists(dir / "run.h5.partial"));
}

TEST(OutputFile, WithoutCommitItIsClosedAndStaysPartial) {
  TempDir dir;
  sim::LocalCommunicator comm;
  try {
    OutputFile out = OutputFile::create(dir / "run.h5", test_provenance(), comm);
    RecordTable<testing::AllTypes> table(out, "/all", testing::all_types_columns());
    table.append(std::vector{testing::all_types_row(0)});
    throw std::runtime_error("the run failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_FALSE(fs::exists(dir / "run.h5"));
  ASSERT_TRUE(fs::exists(dir / "run.h5.partial"));
  // It was closed properly: a valid HDF5 file that other programs can open.
  EXPECT_GT(H5Fis_hdf5((dir / "run.h5.partial").c_str()), 0);
}

TEST(OutputFile, RootAttributesHoldTheProvenance) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile::create(dir / "run.h5", test_provenance(), comm).commit();
  const h5::File file(H5Fopen((dir / "run.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"format", "attachsim"},
      {"format_version", "1"},
      {"version", "0.1.0"},
      {"git_revision", "0123456789ab"},
      {"seed", "18446744073709551615"},
      {"config", "seed = 7\n"},
      {"command_line", "attachsim run x.toml"},
      {"created", "2024-05-01T12:00:00Z"}};
  for (const auto& [name, value] : expected) {
    SCOPED_TRACE(name);
    EXPECT_EQ(h5::read_attribute_text(file.get(), name), value);
  }
}

TEST(OutputFile, RefusesADirectoryThatDoesNotExist) {
  TempDir dir;
  sim::LocalCommunicator comm;
  const fs::path path = dir / "missing" / "run.h5";
  try {
    OutputFile::create(path, test_provenance(), comm);
    FAIL() << "no error";
  } catch (const OutputError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot create " + path.string() + ": the directory " +
                                         (dir / "missing").string() + " does not exist");
  }
}

TEST(OutputFile, NothingCanBeWrittenAfterCommit) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "run.h5", test_provenance(), comm);
  RecordTable<testing::AllTypes> table(out, "/all", testing::all_types_columns());
  out.commit();
  const std::string closed =
      "the output file " + (dir / "run.h5.partial").string() + " was already committed or closed";
  try {
    table.append(std::vector{testing::all_types_row(0)});
    FAIL() << "no error";
  } catch (const OutputError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot append to table /all: " + closed);
  }
  EXPECT_THROW(out.commit(), OutputError);
}

TEST(OutputFile, ResumeNeedsAPartialAttachsimFile) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile::create(dir / "run.h5", test_provenance(), comm).commit();
  struct Case {
    fs::path path;
    std::string message;
  };
  {
    // Another program's HDF5 file, named .partial.
    const h5::File other(
        H5Fcreate((dir / "other.h5.partial").c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
  }
  const std::vector<Case> cases = {
      {dir / "run.h5", ": only a .partial file can be resumed"},
      {dir / "absent.h5.partial", ": no such file"},
      {dir / "other.h5.partial", ": it is not an attachsim output file"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.path);
    try {
      OutputFile::resume(c.path, comm);
      ADD_FAILURE() << "no error";
    } catch (const OutputError& e) {
      EXPECT_EQ(std::string(e.what()), "cannot resume " + c.path.string() + c.message);
    }
  }
}

TEST(OutputFile, FlushWorksWhileOpenAndIsRefusedAfterCommit) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "t.h5", {}, comm);
  RecordTable<testing::AllTypes> table(out, "/all", testing::all_types_columns());
  table.append(std::vector{testing::all_types_row(0)});
  EXPECT_NO_THROW(out.flush());
  out.commit();
  EXPECT_THROW(out.flush(), OutputError);
}

}  // namespace
}  // namespace attachsim::io
