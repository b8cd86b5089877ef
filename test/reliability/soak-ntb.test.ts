// Issue 7 (1): the fault-injection soak on a sample NTB province (see soakSuite.ts); with the other
// soak file, more than 2,000 submissions.
import { soakSuite } from "./soakSuite";

soakSuite({ province: "NTB", seed: 7, koperasiCount: 120, pendampingCount: 60, days: 20 }, 20261120, 1000);
