package brussels.maillage.palliative.followups;

/** How a visit takes place. */
enum VisitMode {

	IN_PERSON, HOME, PHONE, VIDEO

}
