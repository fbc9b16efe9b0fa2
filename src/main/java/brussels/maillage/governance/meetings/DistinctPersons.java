package brussels.maillage.governance.meetings;

/**
 * How many different persons a body's meetings reached in a year, kept apart from the
 * attendances (three meetings of 13, 14 and 16 were 32 different people).
 *
 * @param persons the number given by staff, or {@code null} when none was given
 * @param precision how exact it is, or {@code null}
 * @param knownMembers members marked present or represented at least once that year: a
 * count of known persons, never more than the truth
 */
record DistinctPersons(Integer persons, Precision precision, long knownMembers) {
}
