// Every parameter of the attachment model, with its default. Units and ranges are declared once,
// in experiments/experiment_table.cpp, from which validation and docs/parameters.md are generated;
// docs/model.md says how each default was chosen.
//
//   ModelParams p;                       // the low-risk defaults
//   p.risk.high_risk_share = 0.6;        // a high-risk population: one setting apart
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace attachsim::model {

/// Who lives where: communities (one LP each) of families.
struct PopulationParams {
  std::int64_t communities = 100;             ///< communities (logical processes)
  std::int64_t families_per_community = 100;  ///< families in each community
  double father_probability = 0.85;           ///< chance a family has a father at home
  double grandparent_probability = 0.35;      ///< chance each of 4 grandparents is involved
  double remote_grandparent_share = 0.1;      ///< share of involved grandparents living elsewhere
  double visit_interval_days = 14.0;          ///< mean days between a remote grandparent's visits
  double visit_hours = 6.0;                   ///< length of a visit
  std::vector<double> children_weights = {0.35, 0.45, 0.20};  ///< relative odds of 1, 2, 3 children
  double birth_window_days = 1095.0;      ///< children are born within [0, window)
  double min_birth_spacing_days = 365.0;  ///< minimum gap between siblings' births
};

/// Caregiving traits of adults in ordinary (low-risk) families; Beta distributions are given by
/// mean and concentration (alpha + beta).
struct CareParams {
  double sensitivity_mean = 0.88;          ///< mean chance of a prompt response
  double sensitivity_concentration = 6.0;  ///< Beta concentration of sensitivity
  double latency_median_s = 30.0;          ///< median of caregivers' typical response latency
  double latency_spread = 0.5;             ///< log-sd of typical latency between caregivers
  double latency_jitter = 0.6;             ///< log-sd of one response's latency around typical
  double warmth_mean = 0.75;               ///< mean comfort quality
  double warmth_concentration = 6.0;       ///< Beta concentration of warmth
  double consistency_mean = 0.8;           ///< mean consistency (1: escalation changes nothing)
  double consistency_concentration = 4.0;  ///< Beta concentration of consistency
  double frightening_share = 0.12;         ///< share of caregivers with frightening behaviour
  double frightening_mean = 0.25;  ///< mean chance a frightening caregiver's response frightens
  double attunement_mean = 0.9;    ///< mean attunement of a caregiver-child pair
  double attunement_concentration = 6.0;       ///< Beta concentration of attunement
  double availability_month_amplitude = 0.15;  ///< fall of availability in a bad month, at most
  double availability_week_amplitude = 0.1;    ///< fall of availability in a bad week, at most
  double father_presence = 0.55;               ///< chance a father is at hand in a given hour
  double mother_presence = 0.85;               ///< chance a mother is at hand in a given hour
  double grandparent_presence = 0.12;          ///< chance an involved grandparent is at hand
  double comfort_minutes = 5.0;                ///< a comforting caregiver is busy this long
  double hierarchy_mother = 1.0;               ///< hierarchy weight of a mother
  double hierarchy_father = 0.8;               ///< hierarchy weight of a father
  double hierarchy_grandparent = 0.4;          ///< hierarchy weight of an involved grandparent
};

/// The risk mix: a share of families whose care is harsher. Low- and high-risk populations
/// differ in high_risk_share alone.
struct RiskParams {
  double high_risk_share = 0.08;    ///< share of high-risk families
  double sensitivity_mean = 0.5;    ///< mean sensitivity in high-risk families
  double consistency_mean = 0.5;    ///< mean consistency in high-risk families
  double frightening_share = 0.45;  ///< share of frightening caregivers there
  double load = 0.35;               ///< chronic load (lost availability) there
};

/// Distress episodes and the behaviour the working model drives.
struct EpisodeParams {
  double rate_at_birth_per_day = 6.0;    ///< distress episodes per day in a newborn
  double rate_floor_per_day = 1.0;       ///< rate the decline tends to
  double rate_halving_years = 2.0;       ///< years for the excess over the floor to halve
  double stress_rate_gain = 1.0;         ///< relative rise of the rate at full stress
  double patience_s = 120.0;             ///< a neutral child's wait before escalating
  double patience_trust_gain = 1.0;      ///< log-patience gained per unit of expected availability
  double patience_anxiety_loss = 1.0;    ///< log-patience lost per unit of anxiety
  double signal_intensity = 0.3;         ///< intensity of a first signal, [0, 1]
  double anxiety_intensity_gain = 0.4;   ///< added intensity per unit of anxiety
  double escalation_step = 0.35;         ///< intensity added by each escalation
  std::int64_t max_escalations = 3;      ///< escalations before the child gives up
  double escalate_base = 0.55;           ///< chance to escalate rather than give up
  double escalate_anxiety_gain = 0.4;    ///< added chance per unit of anxiety
  double escalate_avoidance_loss = 0.6;  ///< lost chance per unit of avoidance
  double deactivation = 0.8;             ///< chance per unit of avoidance of not signalling at all
};

/// How experience becomes expectation.
struct LearningParams {
  double iwm_onset_days = 122.0;  ///< nothing is learned before this age (about 4 months)
  double recency = 0.97;          ///< weight kept by old evidence at each new observation
  double forgetting_half_life_days = 365.0;  ///< evidence halves in weight after this long unused
  double prior_strength = 2.0;               ///< pseudo-observations a new tie's prior is worth
  double stress_learning_gain = 1.0;   ///< extra weight of evidence gathered under full stress
  double comfort_rate = 0.05;          ///< step of the comfort expectation toward what happened
  double fear_rate = 0.12;             ///< step of the fear expectation after a fright
  double fear_recovery_rate = 0.01;    ///< step of fear back toward 0 after a safe response
  double latency_rate = 0.05;          ///< step of expected log latency
  double stress_unresolved = 0.15;     ///< stress rise after distress nobody answered
  double stress_suppressed = 0.10;     ///< stress rise after distress the child hid
  double stress_relief = 0.5;          ///< fraction of stress a fully comforting response removes
  double stress_half_life_days = 2.0;  ///< stress halves in this long without episodes
  double reactivity_rate = 0.02;       ///< step of the stress-reactivity average per episode
  double exploration_per_day = 1.0;    ///< exploration bouts per day of full felt security
};

/// Childcare: entry, groups, providers (DESIGN §2, growth of the graph).
struct ChildcareParams {
  double probability = 0.6;                ///< chance a child attends childcare
  double entry_age_days = 365.0;           ///< age at entry
  std::int64_t group_size = 12;            ///< children per group
  std::int64_t children_per_provider = 4;  ///< caregiver-to-child ratio (children per provider)
  double provider_sensitivity_mean = 0.8;  ///< mean sensitivity of providers
  double hierarchy = 0.5;                  ///< hierarchy weight of a provider
};

/// School: classes by birth year, a new teacher each school year.
struct SchoolParams {
  double entry_age_days = 2190.0;          ///< age at school entry (about 6 years)
  double leave_age_days = 6574.0;          ///< age at leaving school (18 years)
  std::int64_t class_size = 25;            ///< children per class
  double teacher_sensitivity_mean = 0.75;  ///< mean sensitivity of teachers
  double hierarchy = 0.35;                 ///< hierarchy weight of a teacher
  double year_start_day = 243.0;           ///< day of the year a school year begins
};

/// Friendships among classmates, and friends as attachment figures (peer support).
struct PeerParams {
  double friendship_rate_per_year = 6.0;    ///< friendship attempts per person-year, full openness
  double homophily = 2.0;                   ///< preference for friends of similar security
  double dissolution_rate_per_year = 0.25;  ///< base rate at which a friendship ends
  std::int64_t max_friends = 5;             ///< friendships a child keeps at most
  double presence_out_of_school = 0.05;     ///< chance a friend is at hand outside school hours
  double anxious_seeking = 0.5;             ///< extra friendship attempts per unit of anxiety
  double competence_rate = 0.05;            ///< monthly step of social competence
};

/// Adolescence: friends rise in the attachment hierarchy, parents fall.
struct AdolescenceParams {
  double start_years = 12.0;                ///< age the shift begins
  double end_years = 18.0;                  ///< age the shift is complete
  double parent_weight_adult = 0.35;        ///< factor on parents' weight once adult
  double friend_weight_child = 0.2;         ///< factor on friends' weight before adolescence
  double ended_tie_half_life_days = 365.0;  ///< an ended tie's weight halves in this long
};

/// Romantic partners in young adulthood.
struct PartnerParams {
  double min_age_years = 18.0;             ///< youngest age for a partnership
  double formation_rate_per_year = 2.0;    ///< partner attempts per single adult-year
  double dissolution_rate_per_year = 0.1;  ///< base rate at which a partnership ends
  double homophily = 2.0;                  ///< preference for partners of similar security
  double hierarchy = 1.2;                  ///< hierarchy weight of a partner
  double presence = 0.6;                   ///< chance a partner is at hand in a given hour
  double ambivalence_rate = 0.05;          ///< step of the approach and resentment averages
};

/// The next generation: grown children become parents; their caregiving comes from their own
/// working model through several channels, each with its own strength.
struct GenerationParams {
  double parent_probability = 0.0;      ///< chance a grown child has children in the run
  double first_birth_age_years = 27.0;  ///< mean age at the first child
  double birth_age_spread_years = 3.0;  ///< sd of that age
  double sensitivity_strength = 0.5;    ///< sensitivity from own trust and avoidance
  double consistency_strength = 0.5;    ///< consistency from own anxiety
  double frightening_strength = 0.5;    ///< frightening behaviour from unresolved fear
  double attunement_strength = 0.3;     ///< attunement from own security
};

/// Negative life events (per family with children under 18).
struct LifeEventParams {
  double parent_loss_rate_per_year = 0.003;  ///< a parent figure is lost
  double separation_rate_per_year = 0.015;   ///< the parents separate (the father moves out)
  double relocation_rate_per_year = 0.03;    ///< the family moves (friends, class, group lost)
  double move_away_share = 0.0;  ///< of moves, the share to another community (grandparents left)
  double strain = 0.4;           ///< availability the remaining caregivers lose
  double strain_days = 180.0;    ///< for this long
};

/// Kinds of intervention.
enum class InterventionKind : std::int32_t {
  sensitivity_training,  ///< the primary caregiver's sensitivity rises by `effect`
  teacher_training,      ///< teachers of treated communities gain `effect` sensitivity
  mentor,                ///< a mentor of sensitivity `effect` joins the child's hierarchy
  placement,             ///< caregivers replaced by ones of sensitivity `effect`
  reflective_reworking,  ///< learning from positive experience rises by `effect`; old evidence
                         ///< fades
};

/// Who is eligible for an intervention.
enum class Eligibility : std::int32_t { all, high_risk };

/// One intervention of the experiment file (`[[intervention]]`).
struct Intervention {
  std::string name = "intervention";                               ///< arm name in the output
  InterventionKind kind = InterventionKind::sensitivity_training;  ///< what it does
  Eligibility eligible = Eligibility::all;                         ///< who may be assigned
  double share = 0.5;                                              ///< randomized share treated
  double age_days = 365.0;                                         ///< person's age when it starts
  double duration_days = 365.0;  ///< how long it lasts (where it ends)
  double effect = 0.2;           ///< its size (see kind)
};

/// The measurement model of the instruments (thresholds are fixed constants, not parameters).
struct MeasurementParams {
  double reliability_trust = 0.8;         ///< infant observation: reliability of trust
  double reliability_anxiety = 0.75;      ///< infant observation: reliability of anxiety
  double reliability_avoidance = 0.8;     ///< infant observation: reliability of avoidance
  double reliability_fear = 0.7;          ///< infant observation: reliability of fear
  double interview_reliability = 0.8;     ///< adult interview: reliability of every dimension
  double self_report_reliability = 0.85;  ///< self-report: reliability of anxiety and avoidance
};

/// When persons are assessed, and how often population aggregates are sampled.
struct ObservationParams {
  std::vector<double> assessment_ages_days = {365.0, 548.0, 1095.0,
                                              1460.0};  ///< infant observation
  std::vector<double> self_report_ages_days = {};       ///< self-report (adolescence on)
  std::vector<double> interview_ages_days = {};         ///< adult interview
  double sample_interval_days = 30.0;                   ///< interval of population samples
};

/// The run: its length and seed.
struct RunParams {
  double end_days = 2555.0;        ///< simulated days (birth window + 4 years)
  std::uint64_t seed = 1;          ///< run seed
  double lookahead_hours = 168.0;  ///< engine window width (cross-community delay floor)
};

/// Everything an experiment sets.
struct ModelParams {
  std::string description;                  ///< what the experiment is for
  std::string expected;                     ///< what a user should expect to see
  PopulationParams population;              ///< who lives where
  CareParams care;                          ///< ordinary caregiving
  RiskParams risk;                          ///< the high-risk share
  EpisodeParams episode;                    ///< distress episodes
  LearningParams learning;                  ///< working-model updating
  ChildcareParams childcare;                ///< childcare groups
  SchoolParams school;                      ///< classes and teachers
  PeerParams peers;                         ///< friendships and peer support
  AdolescenceParams adolescence;            ///< the shift of the hierarchy
  PartnerParams partners;                   ///< romantic partners
  GenerationParams generation;              ///< the next generation
  LifeEventParams life_events;              ///< negative life events
  std::vector<Intervention> interventions;  ///< interventions, in order
  MeasurementParams measurement;            ///< instrument reliabilities
  ObservationParams observation;            ///< assessments and samples
  RunParams run;                            ///< length and seed
};

/// Checks what the parameter table cannot (relations between parameters); throws
/// attachsim::Error naming the key.
void check_params(const ModelParams& p);

}  // namespace attachsim::model
