#include "domain/auditregel.hpp"

#include <algorithm>

namespace rmt {

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  const std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  }
  if (n == 2 && c < 0xC2) return 0;  // overlong
  return n;
}

bool is_line_break_or_control(std::string_view ch) {
  const auto u = static_cast<unsigned char>(ch[0]);
  if (ch.size() == 1) return u < 0x20 || u == 0x7f;
  if (ch.size() == 2) return u == 0xC2 && static_cast<unsigned char>(ch[1]) < 0xA0;  // C1 controls incl. NEL
  return ch == "\xE2\x80\xA8" || ch == "\xE2\x80\xA9";  // line and paragraph separator
}

}  // namespace

std::string audit_veilig(std::string_view text, std::size_t max_length) {
  static constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(std::min(text.size(), max_length));
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length(text, i);
    const std::string_view ch = n == 0 ? replacement : text.substr(i, n);
    const std::string_view kept = n == 0 || is_line_break_or_control(ch) ? replacement : ch;
    if (out.size() + kept.size() > max_length) break;  // whole characters only
    out += kept;
    i += n == 0 ? 1 : n;
  }
  return out;
}

bool is_nette_tekst(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length(text, i);
    if (n == 0 || is_line_break_or_control(text.substr(i, n))) return false;
    i += n;
  }
  return true;
}

std::string regio_lijst(const std::vector<std::string>& codes) {
  if (codes.empty()) return "";
  std::string out = ",";
  for (const auto& c : codes) out += c + ",";
  return out;
}

std::string audit_canoniek(const Auditregel& r) {
  std::string out;
  for (const std::string* field : {&r.vorige_hash, &r.tijdstempel, &r.actor, &r.actie, &r.object_type,
                                   &r.object_id, &r.resultaat, &r.oorsprong_adres,
                                   &r.oorsprong_user_agent, &r.trace_id, &r.regios}) {
    out += std::to_string(field->size());
    out += ':';
    out += *field;
    out += ';';
  }
  return out;
}

}  // namespace rmt
