// Where the staff's follow-up columns sit on `Tindak Lanjut` (1-based): right of the add-on's columns.
import { FOLLOW_UP_WIDTH, STAFF_FIRST } from "../../core/followUp/entries";

export const FOLLOW_UP_COLUMNS = { from: STAFF_FIRST + 1, to: FOLLOW_UP_WIDTH } as const;
