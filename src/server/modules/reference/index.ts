// Public surface of the reference module. Nothing is shared yet (the module only answers its own
// routes); export here what another module needs, never from its files.
export {};
