import './ui/cc-app.ts';
