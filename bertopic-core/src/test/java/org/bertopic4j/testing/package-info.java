/** Test support shared by the modules' tests: fixture readers and a recorded clustering to start pipelines from. */
package org.bertopic4j.testing;
