package brussels.maillage.palliative.followups;

/** Where the person followed is cared for. */
enum CareSetting {

	HOME, NURSING_HOME, HOSPITAL

}
