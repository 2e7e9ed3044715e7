import { listCommand } from '../src/dispatch/list-command.js';

export default listCommand('deadline', 'deadlines', ['dl']);
