#pragma once
// Small feed documents for the source tests, told apart by their election name.

#include <string>

namespace landslide::test {

inline std::string feedDoc(const std::string& name, int labVotes = 60) {
  return R"({"format":"landslide-results","formatVersion":1,"name":")" + name +
         R"(","parties":[],"contests":[{"id":"E1","name":"Seat","status":"declared","revision":1,"electorate":1000,"validVotes":)" +
         std::to_string(labVotes + 40) + R"(,"candidates":[{"name":"A","party":"LAB","votes":)" +
         std::to_string(labVotes) + R"(,"elected":true},{"name":"B","party":"CON","votes":40}]}]})";
}

} // namespace landslide::test
