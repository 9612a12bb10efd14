#include "io/output/file_summary.hpp"

#include <gtest/gtest.h>

#include "io/h5/attribute.hpp"
#include "io/h5/handle.hpp"
#include "io/output/output_file.hpp"
#include "io/output/record_table.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::TempDir;

struct PanelRow {
  std::uint64_t person_id;
  std::int8_t instrument;
  std::int8_t category;
  float security;
};

struct SampleRow {
  double day;
  std::uint64_t events;
};

std::filesystem::path write_example(const TempDir& dir) {
  sim::LocalCommunicator comm;
  OutputFile out = OutputFile::create(dir / "run.h5",
                                      {.version = "0.1.0",
                                       .git_revision = "0123456789ab",
                                       .seed = 42,
                                       .config = "seed = 42\n[care]\nsensitivity_mean = 0.6\n",
                                       .command_line = "attachsim run x.toml",
                                       .created = "2024-05-01T12:00:00Z"},
                                      comm);
  RecordTable<PanelRow> panel(
      out, "/panel",
      {{"person_id", &PanelRow::person_id, "", "person id"},
       {"instrument", &PanelRow::instrument, "", "instrument", "observation,interview"},
       {"category", &PanelRow::category, "", "observed category", "B,A,C,D"},
       {"security", &PanelRow::security, "1", "security score in [0,1]"}});
  // Observation: 3 B, 1 A, 1 D; interview: 2 C and one code without a label (7).
  panel.append(std::vector<PanelRow>{{1, 0, 0, 0.9f},
                                     {2, 0, 0, 0.8f},
                                     {3, 0, 1, 0.2f},
                                     {4, 0, 3, 0.1f},
                                     {5, 0, 0, 0.7f},
                                     {1, 1, 2, 0.4f},
                                     {2, 1, 2, 0.3f},
                                     {3, 1, 7, 0.5f}});
  RecordTable<SampleRow> series(out, "/timeseries",
                                {{"day", &SampleRow::day, "days", "simulated time"},
                                 {"events", &SampleRow::events, "", "events so far"}},
                                {.chunk_rows = 1024});
  series.append(std::vector<SampleRow>{{0, 0}, {365, 1000}});
  out.commit();
  return out.path();
}

TEST(DescribeOutputFile, ShowsProvenanceTablesAndCategoryCounts) {
  TempDir dir;
  const auto path = write_example(dir);
  EXPECT_EQ(describe_output_file(path, false),
            "file: " + path.string() +
                "\n"
                "format: attachsim\n"
                "format_version: 1\n"
                "version: 0.1.0\n"
                "git_revision: 0123456789ab\n"
                "seed: 42\n"
                "created: 2024-05-01T12:00:00Z\n"
                "command_line: attachsim run x.toml\n"
                "config: 3 lines of TOML (attachsim info --config prints it)\n"
                "\n"
                "/panel: 8 rows\n"
                "  person_id   uint64   -       person id\n"
                "  instrument  int8     -       instrument [codes observation,interview]\n"
                "  category    int8     -       observed category [codes B,A,C,D]\n"
                "  security    float32  1       security score in [0,1]\n"
                "  counts by instrument and category:\n"
                "    observation: B 3 A 1 D 1\n"
                "    interview: C 2 7 1\n"
                "\n"
                "/timeseries: 2 rows\n"
                "  day     float64  days    simulated time\n"
                "  events  uint64   -       events so far\n");
}

TEST(DescribeOutputFile, PrintsTheConfigWhenAsked) {
  TempDir dir;
  const std::string text = describe_output_file(write_example(dir), true);
  EXPECT_TRUE(text.ends_with("\nconfig:\nseed = 42\n[care]\nsensitivity_mean = 0.6\n")) << text;
}

TEST(DescribeOutputFile, ShowsOtherRootAttributesAfterTheProvenance) {
  TempDir dir;
  const auto path = write_example(dir);
  {
    const h5::File file(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT));
    h5::write_attribute(file.get(), "model", "attachment 1");
  }
  const std::string text = describe_output_file(path, false);
  EXPECT_NE(text.find("command_line: attachsim run x.toml\nmodel: attachment 1\nconfig: "),
            std::string::npos)
      << text;
}

TEST(DescribeOutputFile, MissingOrNonHdf5FilesAreOutputErrors) {
  TempDir dir;
  EXPECT_THROW(describe_output_file(dir / "absent.h5", false), OutputError);
  EXPECT_THROW(describe_output_file(dir.write("x.h5", "not hdf5"), false), OutputError);
}

// An HDF5 file some other program wrote is refused, not described as an attachsim file with
// every provenance field missing.
TEST(DescribeOutputFile, HdfFilesOfOtherProgramsAreOutputErrors) {
  TempDir dir;
  const std::filesystem::path path = dir / "foreign.h5";
  H5Fclose(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
  EXPECT_THROW(describe_output_file(path, false), OutputError);
}

}  // namespace
}  // namespace attachsim::io
