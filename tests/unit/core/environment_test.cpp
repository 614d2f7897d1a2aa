// The injected clock and the environment: a fixed instant is the same every time, and nothing reads it from a
// global.
#include "core/environment.hpp"

#include <gtest/gtest.h>

using namespace tdkt::core;

TEST(Clock, FixedInstantIsKeptAndValidated) {
  auto c = Clock::fixed("2025-01-05T09:30:00");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->is_fixed());
  EXPECT_EQ(c->now_iso(), "2025-01-05T09:30:00+07:00");
  EXPECT_EQ(c->today(), (Date{2025, 1, 5}));
  EXPECT_EQ(c->now_unix(), 1736044200);  // 02:30 UTC
  auto day = Clock::fixed("2025-02-28");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->now_iso(), "2025-02-28T08:00:00+07:00");
  EXPECT_FALSE(Clock::fixed("2025-01-05 09:30"));
  EXPECT_FALSE(Clock::fixed("2025-02-30"));
  EXPECT_FALSE(Clock::fixed("2025-01-05T24:00:00"));
}

TEST(Clock, EpochIsVietnamTime) {
  auto c = Clock::at_epoch(1763712000);  // 2025-11-21 08:00 UTC
  EXPECT_EQ(c.now_iso(), "2025-11-21T15:00:00+07:00");
  EXPECT_EQ(c.now_unix(), 1763712000);
  EXPECT_FALSE(Clock::system().is_fixed());
}

TEST(Environment, RootsFollowOneFolder) {
  auto e = Environment::at("/srv/tdkt", *Clock::fixed("2026-01-01"));
  EXPECT_EQ(e.forms_dir, "/srv/tdkt/forms");
  EXPECT_EQ(e.templates_dir, "/srv/tdkt/templates");
  EXPECT_EQ(e.fonts_dir, "/srv/tdkt/fonts");
  EXPECT_EQ(e.legal_file(), "/srv/tdkt/data/legal/legal-bases.json");
  EXPECT_EQ(e.clock.today(), (Date{2026, 1, 1}));
}
