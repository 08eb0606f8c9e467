/** What other modules may use of intake: interfaces and immutable records only. */
package org.oretrace.intake.published;
