// Entry point of the explorer.
import './components/ag-app/ag-app.component';
