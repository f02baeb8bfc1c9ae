import fc from 'fast-check';
import { runSeed } from './property';

// A property run outside assertProperty (fc.assert in a new test) still takes the run's seed.
fc.configureGlobal({ seed: runSeed() });
