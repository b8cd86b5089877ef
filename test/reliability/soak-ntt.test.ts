// Issue 7 (1): the fault-injection soak on a sample NTT province (see soakSuite.ts); with the other
// soak file, more than 2,000 submissions.
import { soakSuite } from "./soakSuite";

soakSuite({ province: "NTT", seed: 8, koperasiCount: 140, pendampingCount: 60, days: 17 }, 20261121, 1000);
