#include <gtest/gtest.h>

#include "io/output/output_file.hpp"
#include "io/output/record_table.hpp"
#include "tests/io/output/all_types_row.hpp"
#include "tests/io/output/read_back.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::all_types_row;
using testing::AllTypes;
using testing::read_back;
using testing::TempDir;

void append_rows(RecordTable<AllTypes>& table, std::uint64_t first, std::uint64_t last) {
  std::vector<AllTypes> rows;
  for (std::uint64_t i = first; i < last; ++i)
    rows.push_back(all_types_row(i));
  table.append(rows);
}

TEST(Resume, TruncatingToTheCheckpointGivesTheSameDatasetsAsAnUninterruptedRun) {
  TempDir dir;
  sim::LocalCommunicator comm;
  const auto columns = testing::all_types_columns();
  {  // Uninterrupted: rows 0..100.
    OutputFile out = OutputFile::create(dir / "whole.h5", {.seed = 3}, comm);
    RecordTable<AllTypes> table(out, "/all", columns, {.chunk_rows = 16});
    append_rows(table, 0, 60);
    append_rows(table, 60, 100);
    out.commit();
  }
  std::uint64_t checkpoint_rows = 0;
  {  // Interrupted: a checkpoint after 60 rows, then 25 more rows written, then a crash.
    OutputFile out = OutputFile::create(dir / "resumed.h5", {.seed = 3}, comm);
    RecordTable<AllTypes> table(out, "/all", columns, {.chunk_rows = 16});
    append_rows(table, 0, 60);
    checkpoint_rows = table.rows();
    append_rows(table, 60, 85);
  }  // destroyed without commit: stays resumed.h5.partial
  {  // Resumed from the checkpoint.
    OutputFile out = OutputFile::resume(dir / "resumed.h5.partial", comm);
    RecordTable<AllTypes> table(out, "/all", columns, {.chunk_rows = 16});
    EXPECT_EQ(table.rows(), 85u);
    table.truncate(checkpoint_rows);
    EXPECT_EQ(table.rows(), 60u);
    append_rows(table, 60, 100);
    out.commit();
    EXPECT_EQ(out.path(), dir / "resumed.h5");
  }
  EXPECT_EQ(read_back<std::uint64_t>(dir / "resumed.h5", "/all/u64"),
            read_back<std::uint64_t>(dir / "whole.h5", "/all/u64"));
  EXPECT_EQ(read_back<double>(dir / "resumed.h5", "/all/f64"),
            read_back<double>(dir / "whole.h5", "/all/f64"));
  EXPECT_EQ(read_back<std::int8_t>(dir / "resumed.h5", "/all/i8"),
            read_back<std::int8_t>(dir / "whole.h5", "/all/i8"));
  EXPECT_EQ(read_back<double>(dir / "resumed.h5", "/all/f64").size(), 100u);
}

TEST(Resume, TruncatingBeyondTheRowsIsAnError) {
  TempDir dir;
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "t.h5", {}, comm);
  RecordTable<AllTypes> table(out, "/all", testing::all_types_columns());
  append_rows(table, 0, 3);
  try {
    table.truncate(4);
    FAIL() << "no error";
  } catch (const OutputError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot truncate table /all to 4 rows: it has only 3");
  }
}

TEST(Resume, ATableWithOtherColumnsIsRefused) {
  TempDir dir;
  sim::LocalCommunicator comm;
  {
    OutputFile out = OutputFile::create(dir / "t.h5", {}, comm);
    RecordTable<AllTypes> table(out, "/all", testing::all_types_columns());
  }
  struct Case {
    std::string name;
    RecordColumns<AllTypes> columns;
    std::string problem;
  };
  std::vector<Case> cases = {
      {"fewer columns", {{"i8", &AllTypes::i8, "", ""}}, "it has 8 columns, this run writes 1"},
      {"another name", testing::all_types_columns(), "it has no column 'x8'"},
      {"another type", testing::all_types_columns(), "column 'i8' is not of type int16"},
  };
  cases[1].columns[0] = {"x8", &AllTypes::i8, "", ""};
  cases[2].columns[0] = {"i8", &AllTypes::i16, "", ""};
  const auto partial = dir / "t.h5.partial";
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    OutputFile out = OutputFile::resume(partial, comm);
    try {
      RecordTable<AllTypes> table(out, "/all", c.columns);
      ADD_FAILURE() << "no error";
    } catch (const OutputError& e) {
      EXPECT_EQ(std::string(e.what()),
                "table /all in " + partial.string() + " does not match this run: " + c.problem);
    }
  }
}

}  // namespace
}  // namespace attachsim::io
