/** Benchmarks: plain mains that measure a baseline and Oretrace's way in the same run and print the ratio. */
package org.oretrace.bench;
