package brussels.maillage.palliative.conventions;

/**
 * A referent person of a nursing home for palliative care under a convention (a
 * professional, who may be named).
 *
 * @param id referent id
 * @param conventionId the convention
 * @param name name
 * @param function function in the home (for example head nurse)
 * @param email e-mail address, or {@code null}
 * @param phone phone number, or {@code null}
 */
record ConventionReferent(long id, long conventionId, String name, String function, String email, String phone) {
}
