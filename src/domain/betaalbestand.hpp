#pragma once
// The bank file of a payment run (betaalronde): a SEPA credit transfer initiation (ISO 20022
// pain.001.001.03, EPC usage rules) that the kassier uploads to the bank, and its CSV twin.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rmt {

// One credit transfer of a payment run, frozen when the run was made.
struct Betaalpost {
  std::string end_to_end_id;   // <= 35 chars, unique in the run
  std::string crediteur_naam;  // the aanbieder; cut to 70 after EPC transliteration
  std::string iban;            // normalised
  std::optional<std::string> bic;
  std::int64_t bedrag_cent = 0;  // > 0
  std::string factuurnummer;
  std::string omschrijving;    // remittance text; cut to 140
};

struct Betaalopdracht {
  std::string bericht_id;        // MsgId and PmtInfId, <= 35 chars
  std::string aangemaakt_op;     // CreDtTm, e.g. 2026-11-27T16:00:00 (no zone, or with Z → write without fraction)
  std::string uitvoeringsdatum;  // ReqdExctnDt YYYY-MM-DD
  std::string debiteur_naam;     // the kassier's organisation
  std::string debiteur_iban;
  std::optional<std::string> debiteur_bic;
  std::vector<Betaalpost> posten;
};

std::int64_t totaal_cent(const Betaalopdracht& o) noexcept;

// "1234.05" from 123405 (no float anywhere).
std::string bedrag_tekst(std::int64_t cent);

// ISO 20022 pain.001.001.03 (CustomerCreditTransferInitiationV03) following the EPC SEPA usage
// rules: one PmtInf, PmtMtd TRF, BtchBookg true, NbOfTxs and CtrlSum in GrpHdr and PmtInf
// reconciling to the cent, PmtTpInf/SvcLvl/Cd SEPA, ChrgBr SLEV, EUR only, DbtrAgt with BIC or
// Othr/Id NOTPROVIDED, CdtrAgt only when a BIC is known, RmtInf/Ustrd. Text fields transliterated
// to the EPC character set (a-z A-Z 0-9 / - ? : ( ) . , ' + space; e.g. ö→o, é→e, &→+, other → '.'),
// then XML-escaped. Throws std::invalid_argument when the opdracht is unusable (no posten,
// amount <= 0, invalid IBAN/BIC, id too long) — the service validates first; this is a guard.
std::string pain001_xml(const Betaalopdracht& o);

// CSV (RFC 4180, ';' NOT used — comma separated, header row, amounts as 1234.05, a last row
// "totaal" with the count and sum) of the same posten, for the kassier's own checks.
std::string betaalbestand_csv(const Betaalopdracht& o);

}  // namespace rmt
