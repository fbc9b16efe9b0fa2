package brussels.maillage.system.backup;

/**
 * A backup that cannot be restored here (made by a newer Maillage, damaged, or a target
 * that is not empty); nothing was changed.
 */
class BackupRefusedException extends IllegalStateException {

	BackupRefusedException(String message) {
		super(message);
	}

}
