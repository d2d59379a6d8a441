import { reservedPaths } from '../src/security/reserved.ts';
console.log(await reservedPaths());
