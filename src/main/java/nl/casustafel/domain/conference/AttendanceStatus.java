package nl.casustafel.domain.conference;

/** Attendance of an invited person: aanwezig, afwezig, afgemeld. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
