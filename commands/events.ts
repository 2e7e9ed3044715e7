import { listCommand } from '../src/dispatch/list-command.js';

export default listCommand('event', 'events', ['ev', 'calendar']);
