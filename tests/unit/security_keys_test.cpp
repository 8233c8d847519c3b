#include "security/keys.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "domain/error.hpp"
#include "security/random.hpp"

namespace rmt::security {
namespace {

namespace fs = std::filesystem;

const std::string audit_hex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const std::string pseudoniem_hex = "A0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF";
const std::string veld_hex = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
const std::string index_hex = "1111111111111111111111111111111111111111111111111111111111111111";

std::string valid_text() {
  return "audit=" + audit_hex + "\npseudoniem=" + pseudoniem_hex + "\nveld=" + veld_hex + "\nindex=" + index_hex +
         "\n";
}

std::string bytes_of(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  return out;
}

// The detail of the invalid_input error `text` must produce.
std::string parse_error(const std::string& text) {
  try {
    parse_keys(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.detail();
  }
  ADD_FAILURE() << "accepted: " << text;
  return {};
}

std::string load_error(const fs::path& path) {
  try {
    load_key_file(path);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    return e.detail();
  }
  ADD_FAILURE() << "loaded: " << path;
  return {};
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& path, const std::string& text, fs::perms perms) {
  std::ofstream(path, std::ios::binary) << text;
  fs::permissions(path, perms);
}

mode_t mode_of(const fs::path& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0);
  return st.st_mode & 07777;
}

class SecurityKeysFile : public testing::Test {
 protected:
  void SetUp() override { dir_ = fs::temp_directory_path() / ("rmt-keys-test-" + random_hex(8)); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST(SecurityKeys, ParsesAllFourKeysAsBytes) {
  const Keys keys = parse_keys(valid_text());
  EXPECT_EQ(keys.audit, bytes_of(audit_hex));
  EXPECT_EQ(keys.pseudoniem, bytes_of(pseudoniem_hex));  // upper-case hex
  EXPECT_EQ(keys.veld, bytes_of(veld_hex));
  EXPECT_EQ(keys.index, bytes_of(index_hex));
  EXPECT_EQ(keys.audit.size(), 32u);
}

TEST(SecurityKeys, IgnoresCommentsBlankLinesCrlfAndOrder) {
  const std::string text = "# sleutels\r\n\r\n   \n  index = " + index_hex + "  \r\n# veld\nveld=" + veld_hex +
                           "\r\naudit=" + audit_hex + "\npseudoniem=" + pseudoniem_hex;  // no final newline
  const Keys keys = parse_keys(text);
  EXPECT_EQ(keys.index, bytes_of(index_hex));
  EXPECT_EQ(keys.veld, bytes_of(veld_hex));
  EXPECT_EQ(keys.audit, bytes_of(audit_hex));
  EXPECT_EQ(keys.pseudoniem, bytes_of(pseudoniem_hex));
}

TEST(SecurityKeys, MissingKeysAreNamed) {
  const std::string detail = parse_error("audit=" + audit_hex + "\nveld=" + veld_hex + "\n");
  EXPECT_NE(detail.find("pseudoniem"), std::string::npos) << detail;
  EXPECT_NE(detail.find("index"), std::string::npos) << detail;
  EXPECT_EQ(detail.find(audit_hex), std::string::npos) << detail;
  EXPECT_NE(parse_error("").find("audit"), std::string::npos);
}

TEST(SecurityKeys, RejectsUnknownNameWithoutEchoingTheLine) {
  const std::string detail = parse_error(valid_text() + "geheim=" + veld_hex + "\n");
  EXPECT_NE(detail.find("Regel 5"), std::string::npos) << detail;
  EXPECT_EQ(detail.find(veld_hex), std::string::npos) << detail;
  EXPECT_EQ(detail.find("geheim"), std::string::npos) << detail;
}

TEST(SecurityKeys, RejectsDuplicates) {
  const std::string detail = parse_error(valid_text() + "veld=" + index_hex + "\n");
  EXPECT_NE(detail.find("'veld'"), std::string::npos) << detail;
  EXPECT_EQ(detail.find(index_hex), std::string::npos) << detail;
}

TEST(SecurityKeys, RejectsBadValuesWithoutEchoingThem) {
  const std::string base = "audit=" + audit_hex + "\npseudoniem=" + pseudoniem_hex + "\nindex=" + index_hex + "\n";
  for (const std::string& bad : {veld_hex.substr(0, 63), veld_hex + "0", veld_hex.substr(0, 62) + "zz",
                                 veld_hex.substr(0, 32) + " " + veld_hex.substr(32), std::string()}) {
    const std::string detail = parse_error(base + "veld=" + bad + "\n");
    EXPECT_NE(detail.find("'veld'"), std::string::npos) << detail;
    if (!bad.empty()) {
      EXPECT_EQ(detail.find(bad), std::string::npos) << detail;
      EXPECT_EQ(detail.find(bad.substr(0, 16)), std::string::npos) << detail;
    }
  }
}

TEST(SecurityKeys, RejectsLineWithoutEquals) {
  const std::string detail = parse_error(valid_text() + veld_hex + "\n");
  EXPECT_NE(detail.find("Regel 5"), std::string::npos) << detail;
  EXPECT_EQ(detail.find(veld_hex.substr(0, 16)), std::string::npos) << detail;
}

TEST(SecurityKeys, GeneratedTextParsesToFreshDistinctKeys) {
  const std::string text = generate_key_text();
  EXPECT_EQ(text.rfind("# ", 0), 0u) << "starts with a header comment";
  EXPECT_NE(text.find("back-up"), std::string::npos);
  const Keys a = parse_keys(text);
  const Keys b = parse_keys(generate_key_text());
  for (const std::string* k : {&a.audit, &a.pseudoniem, &a.veld, &a.index}) EXPECT_EQ(k->size(), 32u);
  EXPECT_NE(a.audit, a.pseudoniem);
  EXPECT_NE(a.veld, a.index);
  EXPECT_NE(a.audit, b.audit);
  EXPECT_NE(a.veld, b.veld);
}

TEST_F(SecurityKeysFile, CreateWritesMode0600InNewDirectoriesAndLoads) {
  const fs::path path = dir_ / "nested" / "deeper" / "rmt.keys";
  create_key_file(path);
  ASSERT_TRUE(fs::is_regular_file(path));
  EXPECT_EQ(mode_of(path), 0600u);
  const std::string text = read_file(path);
  EXPECT_NE(text.find("back-up"), std::string::npos);
  const Keys loaded = load_key_file(path);
  const Keys parsed = parse_keys(text);
  EXPECT_EQ(loaded.audit, parsed.audit);
  EXPECT_EQ(loaded.index, parsed.index);
}

TEST_F(SecurityKeysFile, CreateRefusesToOverwrite) {
  const fs::path path = dir_ / "rmt.keys";
  create_key_file(path);
  const std::string before = read_file(path);
  try {
    create_key_file(path);
    ADD_FAILURE() << "overwrote the key file";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_NE(e.detail().find("bestaat al"), std::string::npos) << e.detail();
  }
  EXPECT_EQ(read_file(path), before);
}

TEST_F(SecurityKeysFile, LoadRefusesGroupOrOtherAccess) {
  fs::create_directories(dir_);
  const fs::path path = dir_ / "rmt.keys";
  using P = fs::perms;
  for (const P extra : {P::group_read, P::group_write, P::others_read, P::others_exec, P::group_exec}) {
    write_file(path, valid_text(), P::owner_read | P::owner_write | extra);
    const std::string detail = load_error(path);
    EXPECT_NE(detail.find("0600"), std::string::npos) << detail;
    EXPECT_EQ(detail.find(audit_hex), std::string::npos) << detail;
  }
  fs::permissions(path, P::owner_read | P::owner_write);
  EXPECT_EQ(load_key_file(path).audit, bytes_of(audit_hex));
  fs::permissions(path, P::owner_read);
  EXPECT_EQ(load_key_file(path).veld, bytes_of(veld_hex));
}

TEST_F(SecurityKeysFile, LoadRefusesMissingDirectoryAndMalformedFiles) {
  fs::create_directories(dir_);
  EXPECT_NE(load_error(dir_ / "missing.keys").find("missing.keys"), std::string::npos);
  fs::permissions(dir_, fs::perms::owner_all);
  load_error(dir_);
  const fs::path path = dir_ / "rmt.keys";
  write_file(path, "audit=" + audit_hex + "\n", fs::perms::owner_read | fs::perms::owner_write);
  const std::string detail = load_error(path);
  EXPECT_NE(detail.find("pseudoniem"), std::string::npos) << detail;
  EXPECT_EQ(detail.find(audit_hex), std::string::npos) << detail;
}

}  // namespace
}  // namespace rmt::security
