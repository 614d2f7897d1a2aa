// Civil dates: validation, arithmetic and weekdays used by deadlines.
#include "core/date.hpp"

#include <gtest/gtest.h>

using namespace tdkt::core;

TEST(Date, ParsesOnlyRealDates) {
  EXPECT_TRUE(parse_date("2024-02-29"));
  EXPECT_FALSE(parse_date("2025-02-29"));
  EXPECT_FALSE(parse_date("2024-13-01"));
  EXPECT_FALSE(parse_date("05/11/2024"));
  EXPECT_FALSE(parse_date("2024-1-5"));
}

TEST(Date, ArithmeticAndWeekday) {
  Date d{2025, 6, 30};
  EXPECT_EQ(d.add_days(1), (Date{2025, 7, 1}));
  EXPECT_EQ((Date{2024, 12, 31}).add_days(1), (Date{2025, 1, 1}));
  EXPECT_EQ((Date{1970, 1, 1}).days(), 0);
  EXPECT_EQ(Date::from_days((Date{2026, 11, 21}).days()), (Date{2026, 11, 21}));
  EXPECT_EQ((Date{2026, 11, 21}).weekday(), 5);  // Saturday
  EXPECT_EQ((Date{2024, 11, 5}).weekday(), 1);   // Tuesday
  EXPECT_EQ((Date{2024, 11, 5}).dmy(), "05/11/2024");
}
