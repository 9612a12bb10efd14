#include "io/output/file_reader.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "io/output/output_file.hpp"
#include "io/output/record_table.hpp"
#include "tests/io/output/all_types_row.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::all_types_row;
using testing::AllTypes;
using testing::TempDir;

// 20 rows of every type in chunks of 7, so reads start and end inside chunks.
std::filesystem::path write_rows(const TempDir& dir) {
  sim::LocalCommunicator comm;
  OutputFile out =
      OutputFile::create(dir / "t.h5", {.version = "9.9", .seed = 4}, comm, {"test-format", 3});
  RecordTable<AllTypes> table(out, "/all", testing::all_types_columns(), {.chunk_rows = 7});
  std::vector<AllTypes> rows;
  for (std::uint64_t i = 0; i < 20; ++i)
    rows.push_back(all_types_row(i));
  table.append(rows);
  out.commit();
  return out.path();
}

TEST(FileReader, ReadsRootAttributesOfTheGivenFormat) {
  TempDir dir;
  const FileReader file(write_rows(dir));
  EXPECT_EQ(file.attribute("format"), "test-format");
  EXPECT_EQ(file.attribute("format_version"), "3");
  EXPECT_EQ(file.attribute("version"), "9.9");
  EXPECT_EQ(file.attribute("seed"), "4");
  EXPECT_FALSE(file.has_attribute("no_such"));
  EXPECT_THROW(file.attribute("no_such"), OutputError);
}

// Rows 5 .. 16 of the uint64 and int8 columns, across two chunk boundaries (7 and 14).
TEST(FileReader, ReadsARangeOfAOneDimensionalDataset) {
  TempDir dir;
  const FileReader file(write_rows(dir));
  EXPECT_EQ(file.length("/all/u64"), 20u);
  std::vector<std::uint64_t> u64(12);
  file.read("/all/u64", 5, std::span(u64));
  std::vector<std::int8_t> i8(12);
  file.read("/all/i8", 5, std::span(i8));
  for (std::uint64_t k = 0; k < 12; ++k) {
    EXPECT_EQ(u64[k], all_types_row(5 + k).u64);
    EXPECT_EQ(i8[k], all_types_row(5 + k).i8);
  }
  std::vector<std::uint64_t> none;
  EXPECT_NO_THROW(file.read("/all/u64", 20, std::span(none)));
}

TEST(FileReader, RefusesRangesOutsideTheDatasetAndMissingDatasets) {
  TempDir dir;
  const FileReader file(write_rows(dir));
  std::vector<std::uint64_t> two(2);
  EXPECT_THROW(file.read("/all/u64", 19, std::span(two)), OutputError);
  EXPECT_THROW(file.read("/all/u64", 21, std::span(two).first(0)), OutputError);
  EXPECT_THROW(file.length("/none/u64"), OutputError);
  EXPECT_THROW(file.length("/all"), OutputError);  // a group, not a dataset
  EXPECT_THROW(FileReader(dir / "absent.h5"), OutputError);
}

}  // namespace
}  // namespace attachsim::io
