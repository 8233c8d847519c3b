#include "app/logging.hpp"

#include <boost/json.hpp>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "domain/error.hpp"

namespace rmt::app {
namespace {

// %* : the message as a JSON string (quotes, control characters and newlines escaped), so a
// value with log-injection characters stays inside its field.
class JsonMessageFlag final : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    const std::string escaped =
        boost::json::serialize(boost::json::string(std::string_view(msg.payload.data(), msg.payload.size())));
    dest.append(escaped.data(), escaped.data() + escaped.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override {
    return std::make_unique<JsonMessageFlag>();
  }
};

constexpr std::string_view time_fields = R"({"ts":"%Y-%m-%dT%H:%M:%S.%fZ","level":"%l",)";

std::string pattern(std::string_view tail) {
  std::string out(time_fields);
  out.append(tail);
  return out;
}

}  // namespace

void configure_logging(std::string_view level) {
  const auto lvl = spdlog::level::from_str(std::string(level));
  if (lvl == spdlog::level::off && level != "off") {
    throw Error(ErrorCode::invalid_input, "Onbekend logniveau: " + std::string(level),
                {{"log-level", "enum", "trace, debug, info, warn, error, critical of off"}});
  }
  // One sink per logger: a sink owns its formatter. Both write to stdout under spdlog's
  // console mutex, so lines never interleave.
  auto main_logger = std::make_shared<spdlog::logger>(
      "rmt", std::make_shared<spdlog::sinks::stdout_sink_mt>());
  auto formatter = std::make_unique<spdlog::pattern_formatter>(spdlog::pattern_time_type::utc);
  formatter->add_flag<JsonMessageFlag>('*').set_pattern(pattern(R"("msg":%*})"));
  main_logger->set_formatter(std::move(formatter));
  main_logger->set_level(lvl);
  main_logger->flush_on(spdlog::level::info);
  spdlog::set_default_logger(main_logger);

  // Access lines are built as JSON by the caller; the pattern adds time and level around them.
  auto access = std::make_shared<spdlog::logger>(
      "access", std::make_shared<spdlog::sinks::stdout_sink_mt>());
  access->set_formatter(std::make_unique<spdlog::pattern_formatter>(
      pattern("%v}"), spdlog::pattern_time_type::utc));
  access->set_level(lvl);
  access->flush_on(spdlog::level::info);
  spdlog::drop("access");
  spdlog::register_logger(access);
}

}  // namespace rmt::app
