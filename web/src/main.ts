import { mount } from 'svelte';
import App from './App.svelte';
import { applyLocaleToDocument } from './lib/i18n/translate';
import { i18n } from './lib/i18n/i18n.svelte';
import './styles/index.css';

applyLocaleToDocument(document, i18n.locale);

const target = document.getElementById('app');
if (target === null) throw new Error('#app is missing from index.html');

export default mount(App, { target });
