/** Test support shared by the modules' tests: fixture readers. */
package org.bertopic4j.testing;
