#include "domain/auditregel.hpp"

#include <algorithm>

namespace rmt {

std::string audit_veilig(std::string_view text, std::size_t max_length) {
  std::string out;
  out.reserve(std::min(text.size(), max_length));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (out.size() >= max_length) {
      // Do not leave half a UTF-8 character behind.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      out += "\xEF\xBF\xBD";  // U+FFFD replacement character
    } else {
      out += c;
    }
  }
  return out;
}

std::string audit_canoniek(const Auditregel& r) {
  std::string out;
  for (const std::string* field : {&r.vorige_hash, &r.tijdstempel, &r.actor, &r.actie, &r.object_type,
                                   &r.object_id, &r.resultaat, &r.oorsprong_adres,
                                   &r.oorsprong_user_agent, &r.trace_id}) {
    out += std::to_string(field->size());
    out += ':';
    out += *field;
    out += ';';
  }
  return out;
}

}  // namespace rmt
