// expect error: Cannot use import statement outside a module (2:0)
import fs from 'fs';
