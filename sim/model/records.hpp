// What the model hands to output: one record per assessment (a row of /panel), and the codes of
// its categorical columns. Plain data: no HDF5 here.
#pragma once

#include <cstdint>

namespace attachsim::model {

/// The assessment instruments of DESIGN §3 (the `instrument` column's codes, in order).
enum class Instrument : std::int8_t {
  infant_observation = 0,
  adult_interview = 1,
  self_report = 2
};

/// Attachment categories B, A, C, D (the `category` column's codes, in order). For the adult
/// interview they stand for secure-autonomous, dismissing, preoccupied and unresolved.
enum class Category : std::int8_t { B = 0, A = 1, C = 2, D = 3 };

/// Number of categories.
inline constexpr int kCategories = 4;

/// One assessment of one person: the observed scores and category next to the latent ones.
struct AssessmentRecord {
  std::uint64_t person_id = 0;             ///< community << 32 | (index in community + 1)
  std::uint64_t primary_caregiver_id = 0;  ///< person id of the primary caregiver (0 if none)
  double age_days = 0.0;                   ///< age at assessment
  double time_days = 0.0;                  ///< simulated time of the assessment
  std::uint32_t community = 0;             ///< community (LP) index
  std::int32_t cohort = 0;                 ///< birth year of the run (0: born in the first year)
  std::int32_t wave = 0;                   ///< index of the assessment age in the configured list
  std::int8_t generation = 0;              ///< 1 for children of the founding adults
  std::int8_t instrument = 0;              ///< Instrument code
  std::int8_t category = 0;                ///< observed Category code
  std::int8_t latent_category = 0;         ///< Category of the latent scores
  std::int8_t arm = 0;                     ///< intervention arm (0: none)
  float security = 0.0f;                   ///< observed security score
  float latent_security = 0.0f;            ///< latent security score
  float trust = 0.0f;                      ///< observed trust
  float anxiety = 0.0f;                    ///< observed anxiety
  float avoidance = 0.0f;                  ///< observed avoidance
  float fear = 0.0f;                       ///< observed fear
  float latent_trust = 0.0f;               ///< latent trust
  float latent_anxiety = 0.0f;             ///< latent anxiety
  float latent_avoidance = 0.0f;           ///< latent avoidance
  float latent_fear = 0.0f;                ///< latent fear
  float stress_reactivity = 0.0f;          ///< running average of post-episode stress
  float caregiver_sensitivity = 0.0f;      ///< primary caregiver's sensitivity trait
  float social_competence = 0.0f;          ///< social competence (from friendships; later ages)
  float exploration = 0.0f;                ///< accumulated exploration bouts
  std::int16_t life_events = 0;            ///< negative life events so far
  std::int16_t ties_parent = 0;            ///< active ties to parents
  std::int16_t ties_grandparent = 0;       ///< active ties to grandparents
  std::int16_t ties_caregiver = 0;         ///< active ties to childcare providers
  std::int16_t ties_teacher = 0;           ///< active ties to teachers
  std::int16_t ties_peer = 0;              ///< active ties to peers
  std::int16_t ties_friend = 0;            ///< active ties to friends
  std::int16_t ties_partner = 0;           ///< active ties to partners
  std::int16_t ties_mentor = 0;            ///< active ties to mentors
  float partner_approach = 0.0f;           ///< running intensity of turning to a partner
  float partner_resentment = 0.0f;         ///< running unmet need with a partner

  /// Field-by-field equality (for determinism checks).
  bool operator==(const AssessmentRecord&) const = default;
};

}  // namespace attachsim::model
